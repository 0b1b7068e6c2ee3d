package config

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// sizeUnits maps a size suffix (lower case) to its number of bytes.
var sizeUnits = map[string]float64{
	"":    1,
	"b":   1,
	"kb":  1e3,
	"mb":  1e6,
	"gb":  1e9,
	"kib": 1 << 10,
	"mib": 1 << 20,
	"gib": 1 << 30,
}

// limits decodes the `limits` mapping.
func (d *decoder) limits(n *yaml.Node, key string) error {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return d.fail(n, key, "want a mapping with %s, not %s", strings.Join(limitKeys, ", "), describe(n))
	}
	return d.eachKey(n, key, limitKeys, func(k string, _, value *yaml.Node) error {
		name := join(key, k)
		var err error
		switch k {
		case "max-file-size":
			d.cfg.Limits.MaxFileSize, err = d.size(value, name)
		case "eval-timeout":
			d.cfg.Limits.EvalTimeout, err = d.duration(value, name)
		case "max-findings":
			d.cfg.Limits.MaxFindings, err = d.count(value, name)
		}
		return err
	})
}

// size decodes a positive byte count: a number of bytes or a string such as
// "10MiB", "512 KB" or "1.5GiB".
func (d *decoder) size(n *yaml.Node, key string) (int64, error) {
	bytes, ok := ParseSize(n.Value)
	if n.Kind != yaml.ScalarNode || !ok {
		return 0, d.fail(n, key, "want a positive size such as 10MiB, 512KB or 1048576, not %s", describe(n))
	}
	return bytes, nil
}

// ParseSize parses a positive byte count written as a number of bytes or a
// number with a unit: B, KB, MB, GB (powers of 1000) or KiB, MiB, GiB (powers
// of 1024), case-insensitive, with optional space ("10MiB", "512 KB").
func ParseSize(text string) (int64, bool) {
	text = strings.TrimSpace(text)
	end := strings.IndexFunc(text, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	if end < 0 {
		end = len(text)
	}
	number, unit := text[:end], strings.ToLower(strings.TrimSpace(text[end:]))
	multiplier, known := sizeUnits[unit]
	value, err := strconv.ParseFloat(number, 64)
	if !known || err != nil {
		return 0, false
	}
	bytes := math.Floor(value * multiplier)
	if bytes < 1 || bytes > math.MaxInt64/2 {
		return 0, false
	}
	return int64(bytes), true
}

// duration decodes a positive duration such as "5s" or "1m30s".
func (d *decoder) duration(n *yaml.Node, key string) (time.Duration, error) {
	value, err := time.ParseDuration(n.Value)
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!str" || err != nil || value <= 0 {
		return 0, d.fail(n, key, "want a positive duration such as 5s, 500ms or 1m, not %s", describe(n))
	}
	return value, nil
}

// count decodes a positive integer.
func (d *decoder) count(n *yaml.Node, key string) (int, error) {
	value, err := strconv.Atoi(n.Value)
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" || err != nil || value < 1 {
		return 0, d.fail(n, key, "want a whole number of 1 or more, not %s", describe(n))
	}
	return value, nil
}

// FormatSize writes a byte count the way a config would ("10 MiB").
func FormatSize(bytes int64) string {
	switch {
	case bytes >= 1<<30 && bytes%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", bytes>>30)
	case bytes >= 1<<20 && bytes%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", bytes>>20)
	case bytes >= 1<<10 && bytes%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", bytes>>10)
	}
	return fmt.Sprintf("%d bytes", bytes)
}
