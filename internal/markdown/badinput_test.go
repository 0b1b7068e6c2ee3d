package markdown

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestRefusedInput(t *testing.T) {
	tests := []struct {
		name string
		src  string
		line int
		msg  string
	}{
		{"NUL byte", "# T\nok\nbad\x00byte\n", 3, "docs/a.md:3: binary file (NUL byte), not UTF-8 Markdown"},
		{"NUL after CRLF lines", "a\r\nb\r\n\x00", 3, "docs/a.md:3: binary file (NUL byte), not UTF-8 Markdown"},
		{"invalid UTF-8", "# T\n\nok\n\xff\xfe bad\n", 4, "docs/a.md:4:1: invalid UTF-8 (byte 0xff); save the file as UTF-8"},
		{"truncated rune", "é\n\xc3", 2, "docs/a.md:2:1: invalid UTF-8 (byte 0xc3); save the file as UTF-8"},
		{"invalid byte after accents", "ok\nça\xe9\n", 2, "docs/a.md:2:3: invalid UTF-8 (byte 0xe9); save the file as UTF-8"},
		{"surrogate half", "\xed\xa0\x80", 1, "docs/a.md:1:1: invalid UTF-8 (byte 0xed); save the file as UTF-8"},
		{"UTF-16 LE", "\xff\xfe#\x00 \x00T\x00", 1, "docs/a.md:1: UTF-16 is not supported; save the file as UTF-8"},
		{"UTF-16 BE", "\xfe\xff\x00#\x00 \x00T", 1, "docs/a.md:1: UTF-16 is not supported; save the file as UTF-8"},
		{"UTF-32 LE", "\xff\xfe\x00\x00#\x00\x00\x00", 1, "docs/a.md:1: UTF-32 is not supported; save the file as UTF-8"},
		{"UTF-32 BE", "\x00\x00\xfe\xff\x00\x00\x00#", 1, "docs/a.md:1: UTF-32 is not supported; save the file as UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("docs/a.md", []byte(tt.src))
			if doc != nil || err == nil {
				t.Fatalf("Parse accepted the input: %v", err)
			}
			var inputErr *InputError
			if !errors.As(err, &inputErr) {
				t.Fatalf("error %v is not an *InputError", err)
			}
			if err.Error() != tt.msg || inputErr.Line != tt.line || inputErr.Path != "docs/a.md" {
				t.Errorf("error = %q (line %d), want %q (line %d)", err, inputErr.Line, tt.msg, tt.line)
			}
		})
	}
}

func TestDegenerateInput(t *testing.T) {
	for name, src := range map[string]string{
		"empty":              "",
		"only whitespace":    " \t\n\n   \n",
		"only front matter":  "---\ntitle: x\n---\n",
		"only a UTF-8 BOM":   "\uFEFF",
		"lone CR":            "\r",
		"unclosed fence":     "```yaml\na: [",
		"unclosed comment":   "<!-- addlint-disable\ntext\n",
		"only a table delim": "|---|\n",
		"heading markers":    "#\n##\n######\n####### seven\n",
		"empty list items":   "-\n-\n1.\n- [ ]\n",
		"empty link":         "[]()\n![]()\n<>\n",
		"stray brackets":     "[[[ ]]] [ [ x",
	} {
		t.Run(name, func(t *testing.T) {
			doc := mustParse(t, src)
			if name == "empty" && (doc.Lines != 0 || len(doc.Sections) != 0 || doc.Title != nil) {
				t.Errorf("empty file gave %+v", doc)
			}
		})
	}
}

func TestBrokenFrontMatterIsADiagnostic(t *testing.T) {
	src := "---\ntitle: Payments\nowners: [a, b\nstatus: draft\n---\n# Architecture Design Document: Payments\n\n**Status**: Draft\n"
	doc := mustParse(t, src)
	if doc.FrontMatter != nil || doc.FrontMatterError == nil {
		t.Fatalf("front matter %v, error %v", doc.FrontMatter, doc.FrontMatterError)
	}
	if got := doc.FrontMatterError; got.Line != 3 || !strings.Contains(got.Message, "did not find expected ',' or ']'") {
		t.Errorf("error = %+v, want line 3 (the unclosed list) and the YAML message", got)
	}
	if doc.Title == nil || doc.Title.Line != 6 || doc.Status != "draft" {
		t.Errorf("the rest of the document was not parsed: title %+v, status %q", doc.Title, doc.Status)
	}
}

// within fails the test when parsing src takes longer than limit (scaled
// under the race detector).
func within(t *testing.T, limit time.Duration, src string) {
	t.Helper()
	limit *= raceSlowdown
	start := time.Now()
	mustParse(t, src)
	if elapsed := time.Since(start); elapsed > limit {
		t.Errorf("parsing %d bytes took %v, more than %v", len(src), elapsed, limit)
	}
}

func TestLargeAndDeepInput(t *testing.T) {
	t.Run("5,000-row table", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("| Metric | Target |\n|---|---|\n")
		for i := 0; i < 5000; i++ {
			b.WriteString("| latency | 200 ms |\n")
		}
		within(t, time.Second, b.String())
		doc := mustParse(t, b.String())
		if len(doc.Tables) != 1 || len(doc.Tables[0].Rows) != 5000 || doc.Tables[0].EndLine != 5002 {
			t.Errorf("table not read whole: %d tables", len(doc.Tables))
		}
	})
	t.Run("1,000-deep nested list", func(t *testing.T) {
		var b strings.Builder
		for i := 0; i < 1000; i++ {
			b.WriteString(strings.Repeat("  ", i) + "- item\n")
		}
		within(t, time.Second, b.String())
	})
	t.Run("1,000-deep nested list on one line", func(t *testing.T) {
		within(t, time.Second, strings.Repeat("- ", 1000)+"item\n")
	})
	t.Run("1,000-deep nested block quotes", func(t *testing.T) {
		var b strings.Builder
		for i := 1; i <= 1000; i++ {
			b.WriteString(strings.Repeat("> ", i) + "quote\n")
		}
		within(t, time.Second, b.String())
	})
	t.Run("10,000-deep block quote", func(t *testing.T) {
		within(t, time.Second, strings.Repeat(">", 10000)+" deep [Owner Name]\n")
	})
	t.Run("a million nested block quotes", func(t *testing.T) {
		within(t, 2*time.Second, strings.Repeat(">", 1_000_000)+" deep\n")
	})
	t.Run("deeply nested emphasis and links", func(t *testing.T) {
		within(t, time.Second, strings.Repeat("*a ", 2000)+"x"+strings.Repeat(" b*", 2000)+"\n"+strings.Repeat("[", 2000)+"x"+strings.Repeat("](y)", 2000)+"\n")
	})
}

// The nesting guard removes markers from very deep lines; positions after
// the removal still count the removed characters.
func TestNestingGuardKeepsColumns(t *testing.T) {
	src := strings.Repeat("> ", 400) + "TODO here\n"
	if guarded, cuts := guardNesting([]byte(src), 0); len(cuts) != 1 || len(guarded) > maxContainerPrefix+20 {
		t.Fatalf("guard made %d cuts, line of %d bytes", len(cuts), len(guarded))
	}
	doc := mustParse(t, src)
	if len(doc.Placeholders) != 1 || doc.Placeholders[0].Line != 1 || doc.Placeholders[0].Column != 801 {
		t.Errorf("placeholders = %+v, want TODO at 1:801", doc.Placeholders)
	}
}
