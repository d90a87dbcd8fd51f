// The smallest React 19 page, built like the renderer: the floor under our bundle size, what React alone costs.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>Butlr Credentials</p>);
