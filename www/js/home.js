// The overview page: texts and versions only.
import { startPage } from "./page.js";

startPage(async () => {});
