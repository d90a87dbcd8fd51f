// The zod that shared/ uses: zod/mini, because shared/ is bundled into the renderer and mini's functions tree-shake,
// where classic zod's schemas carry every method. English messages are set up here as classic zod does by itself,
// so an issue a schema gives no words for reads the same in the renderer as in main.
import { en } from 'zod/locales';
import { z } from 'zod/mini';

z.config(en());

export { z };
