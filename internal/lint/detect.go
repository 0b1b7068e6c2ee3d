package lint

import (
	"strings"
	"unicode"

	"github.com/addlint/addlint/internal/model"
)

// addTitlePrefix is how the H1 of an ADD starts.
const addTitlePrefix = "architecture design document"

// looksLikeADD reports whether a document found by walking is an
// Architecture Design Document: its H1 starts with "Architecture Design
// Document" (case-insensitive, after leading emoji, markup and punctuation),
// or its front matter says `type: add`.
func looksLikeADD(doc *model.Document) bool {
	if doc.Title != nil && titleIsADD(doc.Title.Text) {
		return true
	}
	kind, ok := doc.FrontMatter["type"].(string)
	return ok && strings.EqualFold(strings.TrimSpace(kind), "add")
}

// titleIsADD reports whether an H1 text starts with "Architecture Design
// Document".
func titleIsADD(text string) bool {
	text = strings.TrimLeftFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	text = strings.ToLower(strings.Join(strings.Fields(text), " "))
	return strings.HasPrefix(text, addTitlePrefix)
}
