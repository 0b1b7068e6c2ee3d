// Package golden holds the end-to-end tests of the policy engine over real
// Markdown: each document under testdata/rules, the ADD template and the
// complete sample ADD are parsed with internal/markdown and evaluated with the
// embedded bundle. It has no code of its own; it is a separate package so
// that the engine's own tests never depend on the parser.
package golden
