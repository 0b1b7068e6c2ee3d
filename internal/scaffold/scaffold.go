// Package scaffold holds what `addlint init` writes: a new Architecture
// Design Document rendered from the embedded ADD template, and a commented
// .addlint.yaml.
package scaffold

import (
	_ "embed" // the template and the config are embedded files
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/template"
	"time"
	"unicode"
)

// The metadata a new document starts with.
const (
	// InitialVersion is the Version of a new document.
	InitialVersion = "0.1"
	// InitialStatus is the Status of a new document.
	InitialStatus = "Draft"
	// NamePlaceholder stands for the system name when none is given.
	NamePlaceholder = "[System Name]"
	// ArchitectPlaceholder stands for the architect when none is known.
	ArchitectPlaceholder = "[Name/Team]"
	// ServicePlaceholder stands for the system name in the example API.
	ServicePlaceholder = "[Service Name]"
)

// The date and time layouts of the metadata (spec/rules.md, metadata-format).
const (
	dateLayout = "2006-01-02"
	timeLayout = "15:04:05 UTC"
)

//go:embed add.md.tmpl
var documentTemplate string

//go:embed config.yaml
var configFile []byte

// parsedTemplate is the document template, parsed once.
var parsedTemplate = template.Must(template.New("add.md").Option("missingkey=error").Parse(documentTemplate))

// Options say what a new document is about.
type Options struct {
	// Name is the system's name, the title of the document; empty keeps
	// the [System Name] placeholder.
	Name string
	// Architect is the person or team who owns the design; empty keeps the
	// [Name/Team] placeholder.
	Architect string
	// Now is the moment of writing; its UTC date and time become the Date
	// and Time metadata.
	Now time.Time
}

// values fill the template's fields.
type values struct {
	Name      string
	Date      string
	Time      string
	Version   string
	Status    string
	Architect string
	// APITitle is the title of the example OpenAPI specification, a YAML
	// double-quoted string so that a bracketed placeholder still parses.
	APITitle string
}

// WriteDocument writes a new ADD to w: the embedded template with the date
// and time of opts.Now (UTC), Version 0.1, Status Draft, the system name and
// the architect. A name or an architect holding a line break or another
// control character is refused, since it would break the document's
// structure.
func WriteDocument(w io.Writer, opts Options) error {
	name, err := oneLine("name", opts.Name)
	if err != nil {
		return err
	}
	architect, err := oneLine("architect", opts.Architect)
	if err != nil {
		return err
	}
	now := opts.Now.UTC()
	v := values{
		Name:      orPlaceholder(name, NamePlaceholder),
		Date:      now.Format(dateLayout),
		Time:      now.Format(timeLayout),
		Version:   InitialVersion,
		Status:    InitialStatus,
		Architect: orPlaceholder(architect, ArchitectPlaceholder),
		APITitle:  yamlQuote(orPlaceholder(name, ServicePlaceholder) + " API"),
	}
	return render(w, v)
}

// render executes the template with v.
func render(w io.Writer, v values) error {
	if err := parsedTemplate.Execute(w, v); err != nil {
		return fmt.Errorf("writing the ADD template: %w", err)
	}
	return nil
}

// WriteConfig writes the commented .addlint.yaml to w: every key at its
// default value, each explained, with examples.
func WriteConfig(w io.Writer) error {
	if _, err := w.Write(configFile); err != nil {
		return fmt.Errorf("writing the config: %w", err)
	}
	return nil
}

// oneLine trims value and refuses line breaks and other control characters.
func oneLine(what, value string) (string, error) {
	value = strings.TrimSpace(value)
	if strings.IndexFunc(value, unicode.IsControl) >= 0 {
		return "", fmt.Errorf("the %s %q must be one line of text without control characters", what, value)
	}
	return value, nil
}

// orPlaceholder returns value, or placeholder when value is empty.
func orPlaceholder(value, placeholder string) string {
	if value == "" {
		return placeholder
	}
	return value
}

// yamlQuote returns s as a YAML double-quoted scalar. A JSON string is one:
// YAML's double-quoted style accepts every JSON escape.
func yamlQuote(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		// Encoding a string into a strings.Builder cannot fail; keep a
		// value that parses if it ever does.
		return `"API"`
	}
	return strings.TrimSuffix(b.String(), "\n")
}
