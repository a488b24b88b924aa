// The ceramic forms, one table for the records to look up; each family of forms keeps its own file.
import { JAR_FORMS } from "./jarForms";
import { OPEN_FORMS } from "./openForms";
import { VASE_FORMS } from "./vaseForms";

export const CERAMIC_FORMS = { ...VASE_FORMS, ...JAR_FORMS, ...OPEN_FORMS };
export type CeramicFormKey = keyof typeof CERAMIC_FORMS;
