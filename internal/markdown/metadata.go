package markdown

import (
	"regexp"
	"strings"
	"unicode"
)

// metadataKey turns a key as written into its metadata map key: lower
// case, trailing colon removed, inner whitespace collapsed to one space.
func metadataKey(key string) string {
	key = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(key), ":"))
	return strings.ToLower(collapseSpace(key))
}

// Statuses a document can declare.
const (
	statusDraft    = "draft"
	statusReview   = "review"
	statusApproved = "approved"
)

// normalizeStatus maps a Status value to "draft", "review", "approved" or
// "": lower case, markup, emoji and punctuation ignored, judged by its
// first words ("Approved for Implementation" is approved, "In Review" is
// review). A template choice such as "[Draft | Review | Approved]" is "".
func normalizeStatus(value string) string {
	value = strings.TrimSpace(value)
	if strings.HasPrefix(value, "[") || strings.Contains(value, "|") {
		return ""
	}
	words := strings.FieldsFunc(strings.ToLower(value), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 {
		return ""
	}
	switch words[0] {
	case statusDraft, statusApproved:
		return words[0]
	case statusReview:
		return statusReview
	case "in", "under":
		if len(words) > 1 && words[1] == statusReview {
			return statusReview
		}
	}
	return ""
}

// titlePrefix finds "Architecture Design Document" followed by ":", "-",
// "–" or "—" (an abbreviation in parentheses may come between).
var titlePrefix = regexp.MustCompile(`(?i)architecture\s+design\s+document(?:\s*\([^)]*\))?\s*[:\-–—]\s*(.*)$`)

// systemName returns the system named by an H1: the text after
// "Architecture Design Document:" (or "-", "–", "—"), else the whole H1,
// with emoji and other symbols trimmed at both ends.
func systemName(title string) string {
	name := title
	if m := titlePrefix.FindStringSubmatch(title); m != nil {
		name = m[1]
	}
	return strings.TrimFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.In(r, unicode.So, unicode.Sk, unicode.Cf, unicode.Mn)
	})
}

// stripAttributes removes a trailing pandoc attribute block such as
// "{#section-intro .unnumbered}" from a heading's text.
func stripAttributes(title string) string {
	if !strings.HasSuffix(title, "}") {
		return title
	}
	open := strings.LastIndexByte(title, '{')
	if open < 0 {
		return title
	}
	inner := strings.Fields(title[open+1 : len(title)-1])
	if len(inner) == 0 {
		return title
	}
	for _, attr := range inner {
		if attr != "-" && !strings.HasPrefix(attr, "#") && !strings.HasPrefix(attr, ".") && !strings.Contains(attr, "=") {
			return title
		}
	}
	return strings.TrimSpace(title[:open])
}
