// Starts Swagger UI on /api/docs. A bearer token entered there lives in this tab's
// memory only (no persistAuthorization: nothing is written to localStorage).
window.ui = SwaggerUIBundle({
  url: "/api/openapi.json",
  dom_id: "#reference",
  deepLinking: true,
  tryItOutEnabled: true,
});
