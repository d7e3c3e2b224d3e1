/** Application files: name and MIME type from the URI, processing state. */

import type { FileRecord } from "../store/records.js";
import type { FileDetail, FileType, ValidFileInput } from "./api-types.js";

/** Supported extensions and the model's FileType values. */
export const FILE_TYPES: Readonly<Record<string, FileType>> = {
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  svg: "image/svg+xml",
  csv: "text/csv",
};

/** The last path segment of a URI, without query or fragment. */
export function fileNameOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, "");
  const last = path.slice(path.lastIndexOf("/") + 1);
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // keep the raw segment
  }
  return (name || "file").slice(0, 255);
}

export function fileTypeOf(name: string): FileType | undefined {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? undefined : FILE_TYPES[name.slice(dot + 1).toLowerCase()];
}

/**
 * The file list after a Create/Update that sends `inputs`: files already known (same URI) keep their
 * state, new ones start `PENDING`.
 */
export function recordFiles(
  inputs: readonly ValidFileInput[],
  existing: readonly FileRecord[],
  now: number,
  delayMs: number | null,
  createdBy: string,
): FileRecord[] {
  return inputs.map((input) => {
    const known = existing.find((f) => f.uri === input.FileURI);
    if (known) {
      return input.BusinessUseCase === undefined
        ? known
        : { ...known, businessUseCase: input.BusinessUseCase };
    }
    const name = fileNameOf(input.FileURI);
    const type = fileTypeOf(name);
    return {
      uri: input.FileURI,
      ...(input.BusinessUseCase !== undefined ? { businessUseCase: input.BusinessUseCase } : {}),
      name,
      ...(type ? { type } : {}),
      status: "PENDING",
      processAt: delayMs === null ? null : now + delayMs,
      createdBy,
      createdAt: now,
    };
  });
}

/** The status a file reads as at `now`: PENDING turns SUCCEEDED once its processing time has come. */
export function effectiveFileStatus(file: FileRecord, now: number): FileRecord["status"] {
  if (file.status === "PENDING" && file.processAt !== null && file.processAt <= now) return "SUCCEEDED";
  return file.status;
}

export function toFileDetail(file: FileRecord, now: number): FileDetail {
  const status = effectiveFileStatus(file, now);
  return {
    FileURI: file.uri,
    ...(file.businessUseCase !== undefined ? { BusinessUseCase: file.businessUseCase } : {}),
    FileName: file.name,
    FileStatus: status,
    ...(file.statusReason !== undefined ? { FileStatusReason: file.statusReason } : {}),
    ...(file.type !== undefined ? { FileType: file.type } : {}),
    CreatedBy: file.createdBy,
    CreatedAt: new Date(file.createdAt),
  };
}
