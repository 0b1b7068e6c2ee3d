package lint

import (
	"strings"

	"github.com/addlint/addlint/internal/model"
)

// addTitlePhrase is what the title of an ADD says.
const addTitlePhrase = "architecture design document"

// looksLikeADD reports whether a document found by walking is an
// Architecture Design Document: its H1 or its front matter `title` contains
// "Architecture Design Document" (case-insensitive, whitespace folded), or its
// front matter says `type: add`.
//
// spec/cli.md says the H1 "starts with" the phrase; real ADDs put the system
// name first as often as last ("NexaNest v2.0 Architecture Design Document",
// "🐀 Ratatouille - Architecture Design Document"), so any position counts.
func looksLikeADD(doc *model.Document) bool {
	if doc.Title != nil && mentionsADD(doc.Title.Text) {
		return true
	}
	if title, ok := doc.FrontMatter["title"].(string); ok && mentionsADD(title) {
		return true
	}
	kind, ok := doc.FrontMatter["type"].(string)
	return ok && strings.EqualFold(strings.TrimSpace(kind), "add")
}

// mentionsADD reports whether a title contains "Architecture Design
// Document".
func mentionsADD(text string) bool {
	text = strings.ToLower(strings.Join(strings.Fields(text), " "))
	return strings.Contains(text, addTitlePhrase)
}
