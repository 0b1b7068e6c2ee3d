package markdown

import (
	"testing"

	"github.com/addlint/addlint/internal/model"
)

// titleCases are texts whose normalized form normalizeTitle must give
// exactly as model.NormalizeTitle does, fast path or not.
var titleCases = []string{
	"", " ", "a", "A", "Executive Summary", "  Executive   Summary ", "3. Executive Summary:", "6.1.2 Data Flow",
	"1.2.3. Scope", "10 Scope", "1.Scope", "1. 2 Scope", "1.  Scope", "1.\tScope", "III. Scope", "A. Scope",
	"API v2", "Quality Checklist (Definition of Done)", "Quality checklist (done)", "Status:", "**Status**",
	"Peak RPS", "p99 latency", "Scope.", "e.g. this", "a.b", "a)b", "Scope\twith tab", "Ünïcödé Über", "名前 テスト",
	"x2", "x 2", "x -", "x - y", "Trade-offs & Risks", "🚀 Launch", "Launch 🚀", "ª1", "a\u00a0b", "a\vb",
	"1. ", "1.", "1", "1 a", "1 a.", "1 a.b", "1 a)b", "1 a  b", "1 2", "١ arabic digit", "a ١",
}

func TestNormalizeTitleMatchesModel(t *testing.T) {
	for _, text := range titleCases {
		if got, want := normalizeTitle(text), model.NormalizeTitle(text); got != want {
			t.Errorf("normalizeTitle(%q) = %q, model.NormalizeTitle gives %q", text, got, want)
		}
	}
}

// TestNormalizeTitleFastPaths checks that the common forms do not reach
// the regular expressions (they would still be right, only slower).
func TestNormalizeTitleFastPaths(t *testing.T) {
	for _, text := range []string{"Executive Summary", "API v2", "Peak RPS"} {
		if !isPlainTitle(normalizeTitle(text), ".)") {
			t.Errorf("%q does not take the plain fast path", text)
		}
	}
	for _, text := range []string{"3. Executive Summary", "6.1.2 Data Flow", "1. Trade-offs (and risks) today"} {
		if rest, ok := cutTitleNumber(text); !ok || !isPlainTitle(rest, "") {
			t.Errorf("%q does not take the numbered fast path", text)
		}
	}
}

// FuzzNormalizeTitle checks normalizeTitle against model.NormalizeTitle.
func FuzzNormalizeTitle(f *testing.F) {
	for _, text := range titleCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := normalizeTitle(text), model.NormalizeTitle(text); got != want {
			t.Fatalf("normalizeTitle(%q) = %q, model.NormalizeTitle gives %q", text, got, want)
		}
	})
}
