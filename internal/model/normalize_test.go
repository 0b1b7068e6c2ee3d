package model

import (
	"regexp"
	"strings"
	"testing"
)

// titleCases exercise both fast paths of NormalizeTitle and its general
// path.
var titleCases = []string{
	"", " ", "a", "A", "Executive Summary", "  Executive   Summary ", "3. Executive Summary:", "6.1.2 Data Flow",
	"1.2.3. Scope", "10 Scope", "1.Scope", "1. 2 Scope", "1.  Scope", "1.\tScope", "III. Scope", "A. Scope",
	"API v2", "Quality Checklist (Definition of Done)", "Quality checklist (done)", "Status:", "**Status**",
	"Peak RPS", "p99 latency", "Scope.", "e.g. this", "a.b", "a)b", "Scope\twith tab", "Ünïcödé Über", "名前 テスト",
	"x2", "x 2", "x -", "x - y", "Trade-offs & Risks", "🚀 Launch", "Launch 🚀", "ª1", "a\u00a0b", "a\vb",
	"1. ", "1.", "1", "1 a", "1 a.", "1 a.b", "1 a)b", "1 a  b", "1 2", "١ arabic digit", "a ١", "a) item", "iv) Goals",
}

// The library's fast-path patterns, which isPlainTitle and cutTitleNumber
// implement without regular expressions.
var (
	plainTitlePattern    = regexp.MustCompile(`^\p{L}(?:(?:[ ]?[^\s.)])*[ ]?[\p{L}\p{N}])?$`)
	numberedTitlePattern = regexp.MustCompile(`^\d+(?:\.\d+)*\.?\s+(\p{L}(?:(?:[ ]?\S)*[ ]?[\p{L}\p{N}])?)$`)
)

// regexNormalizeTitle is NormalizeTitle written with the library's
// patterns only, as lib.normalize_title is.
func regexNormalizeTitle(text string) string {
	lowered := strings.ToLower(strings.TrimSpace(text))
	if plainTitlePattern.MatchString(lowered) {
		return lowered
	}
	if match := numberedTitlePattern.FindStringSubmatch(lowered); match != nil {
		return match[1]
	}
	return normalizeGeneral(lowered)
}

func TestNormalizeTitleFastPathsMatchTheirPatterns(t *testing.T) {
	for _, text := range titleCases {
		if got, want := NormalizeTitle(text), regexNormalizeTitle(text); got != want {
			t.Errorf("NormalizeTitle(%q) = %q, the library's patterns give %q", text, got, want)
		}
	}
}

// TestNormalizeTitleTakesTheFastPaths checks that the common forms do not
// reach the regular expressions (they would still be right, only slower).
func TestNormalizeTitleTakesTheFastPaths(t *testing.T) {
	for _, text := range []string{"executive summary", "api v2", "peak rps"} {
		if !isPlainTitle(text, ".)") {
			t.Errorf("%q does not take the plain fast path", text)
		}
	}
	for _, text := range []string{"3. executive summary", "6.1.2 data flow", "1. trade-offs (and risks) today"} {
		if rest, ok := cutTitleNumber(text); !ok || !isPlainTitle(rest, "") {
			t.Errorf("%q does not take the numbered fast path", text)
		}
	}
}

// FuzzNormalizeTitle checks the regex-free fast paths against the
// library's patterns.
func FuzzNormalizeTitle(f *testing.F) {
	for _, text := range titleCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := NormalizeTitle(text), regexNormalizeTitle(text); got != want {
			t.Fatalf("NormalizeTitle(%q) = %q, the library's patterns give %q", text, got, want)
		}
	})
}
