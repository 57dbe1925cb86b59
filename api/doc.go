// Package api is the Echo HTTP server: routes, handlers, request validation against
// openapi.yaml, problem+json errors and the middleware that keeps it up under load.
//
// openapi.yaml at the repository root is the contract. go generate copies it here
// (openapi.gen.yaml, embedded and served at /openapi.yaml) and generates the wire types
// and oapi-codegen's strict server (api.gen.go): Server implements
// StrictServerInterface, receives typed request objects and returns typed responses.
// routes.go lists every route with its middleware chain and why it is in that order.
// A body is read once (readBody: bounded by what arrived, articles counted as they
// arrive), parsed once and checked against the schema (validator), bound to the typed
// request from that parse, and then checked by summarize.Request.Valid, the one copy
// of the request rules. Errors of every kind end in one place, handleError, which
// answers problem+json through the one table from summarize error codes to statuses
// (statusFor); ProblemListener does the same for the errors net/http answers itself.
package api
