package report

import (
	"regexp"
	"strings"
	"testing"

	"github.com/fatih/color"

	"github.com/addlint/addlint/internal/model"
)

// ansi matches an ANSI SGR escape sequence.
var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

func TestTextWithoutColorHasNoEscapes(t *testing.T) {
	// Global state must not matter: force it the other way.
	saved := color.NoColor
	color.NoColor = false
	t.Cleanup(func() { color.NoColor = saved })

	out := string(render(t, FormatText, Options{Color: false}, fixtureInput()))
	if strings.Contains(out, "\x1b") {
		t.Errorf("uncoloured output holds an escape character:\n%q", out)
	}
}

func TestTextWithColor(t *testing.T) {
	saved := color.NoColor
	color.NoColor = true
	t.Cleanup(func() { color.NoColor = saved })

	colored := string(render(t, FormatText, Options{Color: true}, fixtureInput()))
	for severity, code := range map[string]string{"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"} {
		if !strings.Contains(colored, code+severity+"\x1b[0m") {
			t.Errorf("severity %s is not coloured with %q", severity, code)
		}
	}
	plain := string(render(t, FormatText, Options{Color: false}, fixtureInput()))
	if stripped := ansi.ReplaceAllString(colored, ""); stripped != plain {
		t.Errorf("coloured output without escapes differs from plain output:\n%s\n---\n%s", stripped, plain)
	}
}

func TestTextAlignsAndPrintsMessagesInFull(t *testing.T) {
	out := string(render(t, FormatText, Options{}, fixtureInput()))
	lines := strings.Split(out, "\n")
	// Every finding line of the first file starts its severity at the same column.
	column := -1
	for _, line := range lines[1:6] {
		if strings.HasPrefix(line, " ") {
			continue // continuation of a multi-line message
		}
		i := strings.Index(line, "  ") + 2
		for line[i] == ' ' {
			i++
		}
		if column == -1 {
			column = i
		}
		if i != column {
			t.Errorf("severity of %q starts at %d, want %d", line, i, column)
		}
	}
	for _, f := range fixtureInput().Files[0].Findings {
		for part := range strings.SplitSeq(f.Message, "\n") {
			if !strings.Contains(out, part) {
				t.Errorf("message part %q is missing", part)
			}
		}
	}
	if !strings.HasSuffix(out, "2 errors, 2 warnings, 1 info in 2 files; 1 file could not be linted\n") {
		t.Errorf("summary line missing or wrong:\n%s", out)
	}
}

func TestTextCleanInput(t *testing.T) {
	in := Input{Files: []model.FileResult{{Path: "a.md"}, {Path: "b.md"}}}
	if got, want := string(render(t, FormatText, Options{}, in)), "No problems found in 2 files\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTextEscapesTerminalControls(t *testing.T) {
	in := Input{Files: []model.FileResult{{
		Path: "docs/evil\x1b]0;title\x07.md",
		Findings: []model.Finding{{
			Rule: "r\x1b[2J", Severity: model.SeverityError,
			Message: "clear\x1b[2J screen\r and \u202egnp.exe\tend\nsecond line",
			Line:    1, Column: 1,
		}},
	}}}
	out := string(render(t, FormatText, Options{}, in))
	for _, raw := range []string{"\x1b", "\x07", "\r", "\u202e"} {
		if strings.Contains(out, raw) {
			t.Errorf("output holds raw %q:\n%s", raw, out)
		}
	}
	for _, escaped := range []string{`docs/evil\x1b]0;title\x07.md`, `clear\x1b[2J screen\x0d and \u202egnp.exe` + "\tend", "second line", `[r\x1b[2J]`} {
		if !strings.Contains(out, escaped) {
			t.Errorf("output lacks %q:\n%s", escaped, out)
		}
	}
}
