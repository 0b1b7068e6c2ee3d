package report

import (
	"io"
	"strconv"
	"strings"

	"github.com/addlint/addlint/internal/model"
)

// githubWriter writes GitHub Actions workflow commands, which the runner
// turns into annotations on the pull request.
type githubWriter struct{}

// Write writes one ::error, ::warning or ::notice command per finding and
// one ::error command per file that could not be linted.
func (githubWriter) Write(w io.Writer, in Input) error {
	out := &stickyWriter{w: w}
	for _, file := range in.Files {
		for _, f := range file.Findings {
			out.print(githubCommand(githubLevel(f.Severity), githubProperties(file.Path, f), f.Message))
		}
	}
	for _, fileErr := range in.Errors {
		properties := "file=" + githubEscapeProperty(fileErr.Path)
		out.print(githubCommand("error", properties, fileErr.Message))
	}
	return out.err
}

// githubCommand returns one workflow command line.
func githubCommand(command, properties, message string) string {
	return "::" + command + " " + properties + "::" + githubEscapeData(message) + "\n"
}

// githubProperties returns file, line, col, endLine, endColumn and title,
// leaving out positions that are unknown.
func githubProperties(path string, f model.Finding) string {
	sp := findingSpan(f)
	properties := []string{"file=" + githubEscapeProperty(path)}
	for _, p := range []struct {
		name  string
		value int
	}{
		{"line", sp.line},
		{"col", sp.column},
		{"endLine", sp.endLine},
		{"endColumn", sp.endColumn},
	} {
		if p.value > 0 {
			properties = append(properties, p.name+"="+strconv.Itoa(p.value))
		}
	}
	properties = append(properties, "title="+githubEscapeProperty(f.Rule))
	return strings.Join(properties, ",")
}

// githubLevel maps a severity to a command: error, warning, or notice for
// info. An unknown severity becomes warning.
func githubLevel(severity string) string {
	switch severity {
	case model.SeverityError:
		return "error"
	case model.SeverityInfo:
		return "notice"
	}
	return "warning"
}

// githubDataEscaper escapes a command's message as @actions/core does.
var githubDataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

// githubPropertyEscaper escapes a command's property value as @actions/core
// does.
var githubPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

// githubEscapeData escapes a workflow command's message.
func githubEscapeData(s string) string {
	return githubDataEscaper.Replace(s)
}

// githubEscapeProperty escapes a workflow command's property value.
func githubEscapeProperty(s string) string {
	return githubPropertyEscaper.Replace(s)
}
