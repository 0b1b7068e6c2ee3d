package report

import (
	"encoding/xml"
	"io"

	"github.com/addlint/addlint/internal/model"
)

// checkstyleVersion is the Checkstyle format version written.
const checkstyleVersion = "4.3"

// checkstyleRoot is the root element of a Checkstyle report.
type checkstyleRoot struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

// checkstyleFile is one file with its findings.
type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

// checkstyleError is one finding; an unknown line or column is left out.
type checkstyleError struct {
	Line     int    `xml:"line,attr,omitempty"`
	Column   int    `xml:"column,attr,omitempty"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// checkstyleSourcePrefix starts every source attribute: "addlint.RULE".
const checkstyleSourcePrefix = "addlint"

// checkstyleWriter writes Checkstyle XML.
type checkstyleWriter struct{}

// Write writes one file element per linted file (clean ones included) and
// per file that could not be linted.
func (checkstyleWriter) Write(w io.Writer, in Input) error {
	root := checkstyleRoot{Version: checkstyleVersion}
	for _, file := range in.Files {
		entry := checkstyleFile{Name: file.Path}
		for _, f := range file.Findings {
			sp := findingSpan(f)
			entry.Errors = append(entry.Errors, checkstyleError{
				Line:     sp.line,
				Column:   sp.column,
				Severity: checkstyleSeverity(f.Severity),
				Message:  f.Message,
				Source:   checkstyleSourcePrefix + "." + f.Rule,
			})
		}
		root.Files = append(root.Files, entry)
	}
	for _, fileErr := range in.Errors {
		root.Files = append(root.Files, checkstyleFile{
			Name: fileErr.Path,
			Errors: []checkstyleError{{
				Severity: model.SeverityError,
				Message:  fileErr.Message,
				Source:   checkstyleSourcePrefix,
			}},
		})
	}
	return encodeXML(w, root)
}

// checkstyleSeverity returns error, warning or info; an unknown severity
// becomes warning.
func checkstyleSeverity(severity string) string {
	switch severity {
	case model.SeverityError, model.SeverityWarning, model.SeverityInfo:
		return severity
	}
	return model.SeverityWarning
}
