import { z } from "zod";
import { requiredText } from "../kit/validation/fields";

export const documentInput = z.object({ title: requiredText(200) });
export type DocumentInput = z.input<typeof documentInput>;

/** An uploaded file as the route hands it to a command. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}
