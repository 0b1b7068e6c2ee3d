package report

import (
	"fmt"
	"strings"
	"unicode"
)

// Messages and paths come from the documents under review, so they may hold
// terminal escape sequences or bidirectional overrides. The human-readable
// formats show such characters as visible escapes instead of sending them to
// the terminal.

// safeText returns s with control and bidirectional-formatting characters
// escaped, keeping newlines and tabs.
func safeText(s string) string {
	return escapeRunes(s, func(r rune) bool {
		return r != '\n' && r != '\t' && isUnsafeRune(r)
	})
}

// safeLine returns s with every control character escaped, newlines and tabs
// included, so that it stays on one line.
func safeLine(s string) string {
	return escapeRunes(s, isUnsafeRune)
}

// isUnsafeRune reports whether r can change what a terminal shows.
func isUnsafeRune(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}

// escapeRunes replaces every rune of s for which unsafe is true with a Go
// escape such as \x1b or \u202e.
func escapeRunes(s string, unsafe func(rune) bool) string {
	if !strings.ContainsFunc(s, unsafe) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !unsafe(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}
