/**
 * The apply/edit form's values, and the request members they become. Empty optional inputs are left out
 * of the request rather than sent as empty strings (the service would reject those).
 */
import type {
  Contact,
  CreateBenefitApplicationInput,
  DocumentType,
  FileInput,
  FulfillmentType,
  GetBenefitApplicationOutput,
  Tag,
  UpdateBenefitApplicationInput,
} from "@pc-benefits/client";

export interface ContactValues {
  FirstName: string;
  LastName: string;
  Email: string;
  BusinessTitle: string;
  Phone: string;
}

export interface ApplicationValues {
  name: string;
  description: string;
  fulfillmentTypes: FulfillmentType[];
  details: Record<string, unknown>;
  contact: ContactValues;
  files: { FileURI: string; BusinessUseCase: string }[];
  tags: { Key: string; Value: string }[];
}

export const EMPTY_CONTACT: ContactValues = {
  FirstName: "",
  LastName: "",
  Email: "",
  BusinessTitle: "",
  Phone: "",
};

export function emptyValues(fulfillmentTypes: readonly FulfillmentType[]): ApplicationValues {
  return {
    name: "",
    description: "",
    fulfillmentTypes: [...fulfillmentTypes],
    details: {},
    contact: { ...EMPTY_CONTACT },
    files: [],
    tags: [],
  };
}

/** The form's values for an existing draft. */
export function valuesOf(application: GetBenefitApplicationOutput): ApplicationValues {
  const contact = application.PartnerContacts?.[0];
  const details = application.BenefitApplicationDetails;
  return {
    name: application.Name ?? "",
    description: application.Description ?? "",
    fulfillmentTypes: [...(application.FulfillmentTypes ?? [])],
    details:
      details !== null && typeof details === "object" && !Array.isArray(details)
        ? (structuredClone(details) as Record<string, unknown>)
        : {},
    contact: {
      FirstName: contact?.FirstName ?? "",
      LastName: contact?.LastName ?? "",
      Email: contact?.Email ?? "",
      BusinessTitle: contact?.BusinessTitle ?? "",
      Phone: contact?.Phone ?? "",
    },
    files: (application.FileDetails ?? []).map((f) => ({
      FileURI: f.FileURI ?? "",
      BusinessUseCase: f.BusinessUseCase ?? "",
    })),
    tags: [],
  };
}

function trimmedOrOmitted<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const trimmed = value.trim();
  return trimmed === "" ? {} : ({ [key]: trimmed } as Record<K, string>);
}

function contacts(values: ApplicationValues): Contact[] {
  const contact: Contact = {};
  for (const key of Object.keys(EMPTY_CONTACT) as (keyof ContactValues)[]) {
    Object.assign(contact, trimmedOrOmitted(key, values.contact[key]));
  }
  return Object.keys(contact).length > 0 ? [contact] : [];
}

function files(values: ApplicationValues): FileInput[] {
  return values.files
    .filter((f) => f.FileURI.trim() !== "")
    .map((f) => ({ FileURI: f.FileURI.trim(), ...trimmedOrOmitted("BusinessUseCase", f.BusinessUseCase) }));
}

function tags(values: ApplicationValues): Tag[] {
  return values.tags.filter((t) => t.Key.trim() !== "").map((t) => ({ Key: t.Key.trim(), Value: t.Value }));
}

export function createInput(
  values: ApplicationValues,
  ids: { catalog: string; benefitId: string; clientToken: string },
): CreateBenefitApplicationInput {
  const contactList = contacts(values);
  const fileList = files(values);
  const tagList = tags(values);
  return {
    Catalog: ids.catalog,
    ClientToken: ids.clientToken,
    BenefitIdentifier: ids.benefitId,
    ...trimmedOrOmitted("Name", values.name),
    ...trimmedOrOmitted("Description", values.description),
    FulfillmentTypes: values.fulfillmentTypes,
    BenefitApplicationDetails: values.details as DocumentType,
    ...(contactList.length > 0 ? { PartnerContacts: contactList } : {}),
    ...(fileList.length > 0 ? { FileDetails: fileList } : {}),
    ...(tagList.length > 0 ? { Tags: tagList } : {}),
  };
}

export function updateInput(
  values: ApplicationValues,
  ids: { catalog: string; applicationId: string; revision: string; clientToken: string },
): UpdateBenefitApplicationInput {
  return {
    Catalog: ids.catalog,
    ClientToken: ids.clientToken,
    Identifier: ids.applicationId,
    Revision: ids.revision,
    ...trimmedOrOmitted("Name", values.name),
    ...trimmedOrOmitted("Description", values.description),
    BenefitApplicationDetails: values.details as DocumentType,
    PartnerContacts: contacts(values),
    FileDetails: files(values),
  };
}
