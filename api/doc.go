// Package api is the Echo HTTP server: routes, handlers, request validation against
// openapi.yaml, problem+json errors and the middleware that keeps it up under load.
//
// openapi.yaml at the repository root is the contract. go generate copies it here
// (openapi.gen.yaml, embedded and served at /openapi.yaml) and generates the wire types
// and the ServerInterface that Server implements (api.gen.go). routes.go lists every
// route with its middleware chain. A request to /v1/* is checked three times, each for
// what it knows: the validator (openapi3filter) for the schema, DecodeRequest for what a
// schema cannot say (text xor html, unique ids), and the pipeline for its limits. Errors
// of every kind end in one place, handleError, which answers problem+json through the
// one table from summarize error codes to statuses (statusFor).
package api
