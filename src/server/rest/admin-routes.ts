import { AppError } from "@/server/errors";
import type { Envelope, RestApi, RestRoute } from "./route-table";

/** The admin-user API, exactly as its users documented it (seed 004). */
// prettier-ignore
const routes: RestRoute[] = [
  { method: "POST", path: "/api/admins/register", procedure: "admins.register", access: "bootstrap", status: 201, rateLimited: true, tag: "Admins", message: "Admin registered successfully", summary: "Register an admin (open only while no admin exists, with the X-Admin-Setup-Token header when the server sets ADMIN_SETUP_TOKEN; afterwards an admin's token is required)" },
  { method: "POST", path: "/api/admins/login", procedure: "admins.login", access: "public", status: 200, rateLimited: true, tag: "Admins", message: "Admin logged in successfully", summary: "Authenticate an admin" },
  { method: "GET", path: "/api/admins", procedure: "admins.list", access: "admin", status: 200, tag: "Admins", message: "Admins retrieved successfully", summary: "Retrieve all admins" },
  { method: "GET", path: "/api/admins/:id", procedure: "admins.get", access: "admin", status: 200, tag: "Admins", message: "Admin retrieved successfully", summary: "Retrieve one admin" },
  { method: "PUT", path: "/api/admins/:id", procedure: "admins.update", access: "admin", status: 200, rateLimited: true, tag: "Admins", message: "Admin updated successfully", summary: "Update an admin's full name, profile image or password" },
  { method: "DELETE", path: "/api/admins/:id", procedure: "admins.delete", access: "admin", status: 200, tag: "Admins", message: (input) => `Admin deleted successfully with id: ${String(input.id)}`, summary: "Delete an admin (not the last one)" },
  { method: "POST", path: "/api/admins/password-reset-otp", procedure: "admins.requestPasswordReset", access: "public", status: 200, rateLimited: true, tag: "Password reset", message: "OTP sent successfully", summary: "E-mail a password reset code (same answer for unknown addresses)" },
  { method: "POST", path: "/api/admins/validate-otp", procedure: "admins.validateResetCode", access: "public", status: 200, rateLimited: true, tag: "Password reset", message: "OTP validated successfully", summary: "Check a reset code without using it up" },
  { method: "POST", path: "/api/admins/update-password-otp", procedure: "admins.resetPassword", access: "public", status: 200, rateLimited: true, tag: "Password reset", message: "Password updated successfully", summary: "Set a new password with a reset code (uses the code up)" },
  { method: "POST", path: "/api/admins/update-password-old/:email", procedure: "admins.changePassword", access: "admin", status: 200, rateLimited: true, tag: "Password reset", message: "Password updated successfully", summary: "Change one's own password with the old one" },
];

function parseData(data: unknown): Record<string, unknown> {
  let parsed = data;
  if (typeof data === "string") {
    try {
      parsed = JSON.parse(data);
    } catch {
      throw AppError.badRequest("data", "must be a JSON string of an object");
    }
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw AppError.badRequest("data", "must be a JSON string of an object");
  }
  return parsed as Record<string, unknown>;
}

/** `{"data": "<JSON string>"}` in (an object in `data` is accepted too); `{status, message, data}` out. */
export const adminEnvelope: Envelope = {
  unwrapRequest(body) {
    if (!("data" in body))
      throw AppError.badRequest("data", 'is required: send {"data": "<JSON string>"}');
    const extra = Object.keys(body).find((key) => key !== "data");
    if (extra) throw AppError.badRequest(extra, "Unknown field");
    return parseData(body.data);
  },
  success: (route, input, output) => ({
    status: route.status,
    message: typeof route.message === "function" ? route.message(input) : route.message,
    ...(output !== undefined && { data: output }),
  }),
  failure: (error) => ({ status: error.httpStatus, message: error.message }),
  documents: {
    request: (input) => ({
      type: "object",
      required: ["data"],
      additionalProperties: false,
      properties: {
        data: {
          description: "The request as a JSON string (an object is accepted too)",
          anyOf: [
            { type: "string", contentMediaType: "application/json", contentSchema: input },
            input,
          ],
        },
      },
    }),
    response: (route, output) => ({
      type: "object",
      required: ["status", "message"],
      properties: {
        status: { type: "integer", const: route.status },
        message: {
          type: "string",
          examples: [
            typeof route.message === "function" ? route.message({ id: "<id>" }) : route.message,
          ],
        },
        ...(output && { data: output }),
      },
    }),
    error: (status) => ({
      type: "object",
      required: ["status", "message"],
      properties: { status: { type: "integer", const: status }, message: { type: "string" } },
    }),
    // Seed 004 lists 500 among the API's common error codes.
    everyRoute: [500],
    wrapsEmptyResponses: true,
  },
};

export const adminApi: RestApi = {
  title: "Admin API",
  audiences: ["admin"],
  envelope: adminEnvelope,
  routes,
};
