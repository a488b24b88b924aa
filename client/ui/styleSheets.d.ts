// Stylesheets imported lazily (`import("./x.css")`): Vite injects them; the module carries no value.
declare module "*.css";
