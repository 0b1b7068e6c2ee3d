package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// maxConfigSize bounds the config file read by Load.
const maxConfigSize = 1 << 20

// Load reads and strictly decodes the config file at path. An unknown key, a
// value of the wrong type or a bad value is an *Error naming the key and its
// line.
func Load(path string) (*Config, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("reading config: %w", err)
	}
	if !info.Mode().IsRegular() {
		return nil, &Error{Path: path, Message: "not a regular file"}
	}
	if info.Size() > maxConfigSize {
		return nil, &Error{Path: path, Message: fmt.Sprintf("larger than %d bytes", maxConfigSize)}
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading config: %w", err)
	}
	return Decode(path, src)
}

// Decode strictly decodes src, the content of the config file at path, on
// top of the defaults. Path and Dir of the result are set from path.
func Decode(path string, src []byte) (*Config, error) {
	cfg := Default()
	cfg.Path = path
	cfg.Dir = filepath.Dir(path)
	root, err := parseYAML(path, src)
	if err != nil {
		return nil, err
	}
	if root == nil {
		return cfg, nil
	}
	d := &decoder{path: path, cfg: cfg}
	if err := d.decodeRoot(root); err != nil {
		return nil, err
	}
	return cfg, nil
}

// parseYAML parses the one YAML document of src and returns its root node,
// or nil when the file holds no document (empty or only comments).
func parseYAML(path string, src []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(src))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, syntaxError(path, err)
	}
	var extra yaml.Node
	err := dec.Decode(&extra)
	switch {
	case err == nil:
		return nil, &Error{Path: path, Line: extra.Line, Message: "more than one YAML document; a config holds one"}
	case !errors.Is(err, io.EOF):
		return nil, syntaxError(path, err)
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// yamlLine matches the "yaml: line N: message" form of the YAML library's
// syntax errors.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxError turns a YAML syntax error into an *Error at its line (the
// YAML library's line, which for some errors is the line where the enclosing
// construct starts).
func syntaxError(path string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		if n, convErr := strconv.Atoi(m[1]); convErr == nil {
			line, msg = n, m[2]
		}
	}
	if strings.Contains(msg, "did not find expected alphabetic or numeric character") {
		msg += " (quote globs that start with *, for example \"*.md\")"
	}
	return &Error{Path: path, Line: line, Message: "invalid YAML: " + msg}
}
