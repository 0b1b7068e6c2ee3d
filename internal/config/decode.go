package config

import (
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// topLevelKeys are the keys of a config file, in the order the docs list them.
var topLevelKeys = []string{"profile", "files", "ignore", "fail-on", "rules", "policies", "data", "overrides", "limits"}

// overrideKeys are the keys of one entry of `overrides`.
var overrideKeys = []string{"files", "rules"}

// limitKeys are the keys of `limits`.
var limitKeys = []string{"max-file-size", "eval-timeout", "max-findings"}

// decoder turns the YAML nodes of one config file into a Config.
type decoder struct {
	path string
	cfg  *Config
}

// fail returns an *Error at node n for the key named key.
func (d *decoder) fail(n *yaml.Node, key, format string, args ...any) error {
	return &Error{Path: d.path, Line: n.Line, Key: key, Message: fmt.Sprintf(format, args...)}
}

// decodeRoot decodes the top-level mapping.
func (d *decoder) decodeRoot(root *yaml.Node) error {
	root = resolveAlias(root)
	if isNull(root) {
		return nil
	}
	if root.Kind != yaml.MappingNode {
		return &Error{Path: d.path, Line: root.Line, Message: "the config must be a mapping of keys such as profile, files and rules, not " + describe(root)}
	}
	return d.eachKey(root, "", topLevelKeys, d.decodeTopLevel)
}

// eachKey calls fn for every key/value pair of the mapping m, refusing
// unknown and duplicate keys. prefix is the dotted name of m ("" at the top).
func (d *decoder) eachKey(m *yaml.Node, prefix string, known []string, fn func(key string, keyNode, value *yaml.Node) error) error {
	seen := map[string]int{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		keyNode, value := resolveAlias(m.Content[i]), resolveAlias(m.Content[i+1])
		name := join(prefix, keyNode.Value)
		if keyNode.Kind != yaml.ScalarNode || keyNode.ShortTag() == "!!merge" {
			return d.fail(keyNode, prefix, "a key must be a plain name, not %s", describe(keyNode))
		}
		if line, dup := seen[keyNode.Value]; dup {
			return d.fail(keyNode, name, "duplicate key (first at line %d)", line)
		}
		seen[keyNode.Value] = keyNode.Line
		if known != nil && !slices.Contains(known, keyNode.Value) {
			return d.fail(keyNode, name, "unknown key%s; known keys: %s", didYouMean(keyNode.Value, known), strings.Join(known, ", "))
		}
		if err := fn(keyNode.Value, keyNode, value); err != nil {
			return err
		}
	}
	return nil
}

// decodeTopLevel decodes one top-level key.
func (d *decoder) decodeTopLevel(key string, _, value *yaml.Node) error {
	var err error
	switch key {
	case "profile":
		d.cfg.Profile, err = d.choice(value, key, Profiles)
	case "files":
		d.cfg.Files, err = d.globs(value, key)
	case "ignore":
		d.cfg.Ignore, err = d.globs(value, key)
	case "fail-on":
		d.cfg.FailOn, err = d.choice(value, key, FailOnLevels)
	case "rules":
		d.cfg.Rules, err = d.severities(value, key)
	case "policies":
		d.cfg.Policies, err = d.paths(value, key)
	case "data":
		d.cfg.Data, err = d.paths(value, key)
	case "overrides":
		d.cfg.Overrides, err = d.overrides(value, key)
	case "limits":
		err = d.limits(value, key)
	}
	return err
}

// overrides decodes the list under `overrides`.
func (d *decoder) overrides(n *yaml.Node, key string) ([]Override, error) {
	if isNull(n) {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, d.fail(n, key, "want a list of {files, rules} entries, not %s", describe(n))
	}
	overrides := make([]Override, 0, len(n.Content))
	for i, item := range n.Content {
		item = resolveAlias(item)
		name := fmt.Sprintf("%s[%d]", key, i)
		if item.Kind != yaml.MappingNode {
			return nil, d.fail(item, name, "want a mapping with files and rules, not %s", describe(item))
		}
		var o Override
		err := d.eachKey(item, name, overrideKeys, func(k string, _, value *yaml.Node) error {
			var err error
			if k == "files" {
				o.Files, err = d.globs(value, join(name, k))
			} else {
				o.Rules, err = d.severities(value, join(name, k))
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		if len(o.Files) == 0 {
			return nil, d.fail(item, name+".files", "an override needs at least one glob")
		}
		if len(o.Rules) == 0 {
			return nil, d.fail(item, name+".rules", "an override needs at least one rule")
		}
		overrides = append(overrides, o)
	}
	return overrides, nil
}

// join names key inside prefix.
func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// resolveAlias returns the node an alias points to, or n itself.
func resolveAlias(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// isNull reports whether n is an empty or null value (`key:` with nothing).
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describe names the YAML type of n for error messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!str":
			return fmt.Sprintf("the string %q", n.Value)
		case "!!null":
			return "null"
		case "!!bool":
			return "the boolean " + n.Value
		case "!!int", "!!float":
			return "the number " + n.Value
		}
		return fmt.Sprintf("the value %q", n.Value)
	}
	return "an unsupported YAML value"
}
