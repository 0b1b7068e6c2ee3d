package report

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/addlint/addlint/internal/model"
)

// palette holds the colours of the human-readable output. Each colour is
// switched on or off on its own object, so the package-wide color.NoColor
// setting is neither read nor changed.
type palette struct {
	bold    *color.Color
	faint   *color.Color
	red     *color.Color
	yellow  *color.Color
	cyan    *color.Color
	green   *color.Color
	heading *color.Color
}

// newPalette returns a palette whose colours are on when enabled is true.
func newPalette(enabled bool) palette {
	p := palette{
		bold:    color.New(color.Bold),
		faint:   color.New(color.Faint),
		red:     color.New(color.FgRed),
		yellow:  color.New(color.FgYellow),
		cyan:    color.New(color.FgCyan),
		green:   color.New(color.FgGreen),
		heading: color.New(color.Bold, color.Underline),
	}
	for _, c := range []*color.Color{p.bold, p.faint, p.red, p.yellow, p.cyan, p.green, p.heading} {
		if enabled {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return p
}

// forSeverity returns the colour of a severity: error red, warning yellow,
// info cyan, anything else plain bold.
func (p palette) forSeverity(severity string) *color.Color {
	switch severity {
	case model.SeverityError:
		return p.red
	case model.SeverityWarning:
		return p.yellow
	case model.SeverityInfo:
		return p.cyan
	}
	return p.bold
}

// textWriter writes the default, human-readable format.
type textWriter struct {
	colors palette
}

// newTextWriter returns the text writer, coloured when color is true.
func newTextWriter(color bool) textWriter {
	return textWriter{colors: newPalette(color)}
}

// textLine is one finding or file error, ready to print: every field is
// already made terminal-safe.
type textLine struct {
	location string
	severity string
	message  string
	rule     string
}

// Write writes one group per file with findings, one group per file that
// could not be linted, and the summary line.
func (t textWriter) Write(w io.Writer, in Input) error {
	out := &stickyWriter{w: w}
	for _, file := range in.Files {
		if len(file.Findings) == 0 {
			continue
		}
		lines := make([]textLine, 0, len(file.Findings))
		for _, f := range file.Findings {
			lines = append(lines, textLine{
				location: location(safeLine(file.Path), f.Line, f.Column),
				severity: safeLine(f.Severity),
				message:  safeText(f.Message),
				rule:     safeLine(f.Rule),
			})
		}
		t.writeGroup(out, file.Path, lines)
	}
	for _, fileErr := range in.Errors {
		t.writeGroup(out, fileErr.Path, []textLine{{
			location: safeLine(fileErr.Path),
			severity: model.SeverityError,
			message:  safeText(fileErr.Message),
		}})
	}
	t.writeSummary(out, Summarize(in))
	return out.err
}

// writeGroup writes a bold file header, the aligned lines and a blank line.
func (t textWriter) writeGroup(out *stickyWriter, path string, lines []textLine) {
	out.print(t.colors.bold.Sprint(safeLine(path)) + "\n")
	locationWidth, severityWidth := 0, 0
	for _, l := range lines {
		locationWidth = max(locationWidth, utf8.RuneCountInString(l.location))
		severityWidth = max(severityWidth, utf8.RuneCountInString(l.severity))
	}
	// A message's continuation lines start under its first line.
	indent := "\n" + strings.Repeat(" ", locationWidth+2+severityWidth+2)
	for _, l := range lines {
		var b strings.Builder
		b.WriteString(padRight(l.location, locationWidth))
		b.WriteString("  ")
		b.WriteString(t.colors.forSeverity(l.severity).Sprint(l.severity))
		b.WriteString(strings.Repeat(" ", severityWidth-utf8.RuneCountInString(l.severity)))
		b.WriteString("  ")
		b.WriteString(strings.ReplaceAll(l.message, "\n", indent))
		if l.rule != "" {
			b.WriteString("  ")
			b.WriteString(t.colors.faint.Sprint("[" + l.rule + "]"))
		}
		b.WriteString("\n")
		out.print(b.String())
	}
	out.print("\n")
}

// writeSummary writes the summary line, coloured by the worst severity.
func (t textWriter) writeSummary(out *stickyWriter, s Summary) {
	c := t.colors.green
	switch {
	case s.Errors > 0 || s.FileErrors > 0:
		c = t.colors.red
	case s.Warnings > 0:
		c = t.colors.yellow
	case s.Infos > 0:
		c = t.colors.cyan
	}
	out.print(c.Sprint(s.String()) + "\n")
}

// padRight pads s with spaces to width characters.
func padRight(s string, width int) string {
	if n := utf8.RuneCountInString(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}
