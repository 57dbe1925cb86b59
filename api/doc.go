// Package api is the Echo HTTP server: routes, handlers, request validation against
// openapi.yaml, problem+json errors and the middleware that keeps it up under load.
package api
