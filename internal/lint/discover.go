package lint

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// target is one file to lint, or a path that could not be expanded.
type target struct {
	// path is reported: slash-separated and cleaned.
	path string
	// osPath is opened.
	osPath string
	// stdin is set for "-".
	stdin bool
	// detect is set for a file found by walking without `files` globs: it
	// is linted only when it looks like an ADD.
	detect bool
	// problem is set when the path could not be expanded.
	problem string
}

// discovery expands the paths of a run into targets, in order, without
// duplicates.
type discovery struct {
	r       *runner
	seen    map[string]bool
	targets []target
}

// discover expands the run's paths into targets.
func (r *runner) discover(ctx context.Context) ([]target, error) {
	d := &discovery{r: r, seen: map[string]bool{}}
	for _, arg := range r.opts.Paths {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("lint: %w", err)
		}
		if err := d.expand(ctx, arg); err != nil {
			return nil, err
		}
	}
	return d.targets, nil
}

// add appends t unless a target with the same key came before.
func (d *discovery) add(key string, t target) {
	if d.seen[key] {
		return
	}
	d.seen[key] = true
	d.targets = append(d.targets, t)
}

// addFile appends the file at osPath.
func (d *discovery) addFile(osPath string, detect bool) {
	clean := filepath.Clean(osPath)
	d.add(clean, target{path: filepath.ToSlash(clean), osPath: clean, detect: detect})
}

// addProblem appends a path that could not be expanded.
func (d *discovery) addProblem(osPath, problem string) {
	clean := filepath.Clean(osPath)
	d.add(clean, target{path: filepath.ToSlash(clean), osPath: clean, problem: problem})
}

// expand expands one argument: "-", an existing file or directory, or a glob.
func (d *discovery) expand(ctx context.Context, arg string) error {
	if arg == "-" {
		d.add("\x00stdin", target{path: d.r.opts.StdinFilename, stdin: true})
		return nil
	}
	clean := filepath.Clean(arg)
	info, err := os.Stat(clean)
	switch {
	case err == nil && info.IsDir():
		return d.walk(ctx, clean)
	case err == nil:
		d.addNamed(clean)
	case hasGlobMeta(arg):
		return d.glob(arg)
	case errors.Is(err, fs.ErrNotExist):
		d.addProblem(clean, "no such file or directory")
	default:
		// ReadFile will say what is wrong (permission denied, ...).
		d.addNamed(clean)
	}
	return nil
}

// addNamed appends a file named on the command line or matched by a glob:
// always, or with OnlyADDs only when a walk would lint it (and it is not a
// symbolic link).
func (d *discovery) addNamed(osPath string) {
	if d.r.opts.OnlyADDs {
		// Like a walk, and for the same reason, a symbolic link is skipped:
		// the file list comes from the tree under review (git, a hook), and
		// a link there may point anywhere, a secret outside the tree too.
		if info, err := os.Lstat(osPath); err == nil && info.Mode()&fs.ModeSymlink != 0 {
			return
		}
		d.consider(osPath)
		return
	}
	d.addFile(osPath, false)
}

// consider appends a Markdown file the way a walk does: when the config's
// `files` globs match it or, without them, for ADD detection after parsing.
// Other files and the files the config ignores are left out.
func (d *discovery) consider(osPath string) {
	if !isMarkdown(osPath) || d.r.match.ignored(osPath) {
		return
	}
	if d.r.match.selectsFiles() {
		if d.r.match.selected(osPath) {
			d.addFile(osPath, false)
		}
		return
	}
	d.addFile(osPath, true)
}

// hasGlobMeta reports whether arg holds glob metacharacters.
func hasGlobMeta(arg string) bool {
	return strings.ContainsAny(arg, "*?[{")
}

// glob adds the files matching pattern, sorted. Hidden directories,
// node_modules and vendor are skipped unless the pattern names them, and so
// is whatever the config ignores. A pattern matching nothing is a problem.
func (d *discovery) glob(pattern string) error {
	matches, err := doublestar.FilepathGlob(pattern, doublestar.WithNoFollow(), doublestar.WithNoHidden(), doublestar.WithFilesOnly())
	if err != nil {
		return fmt.Errorf("lint: bad glob %q: %w", pattern, err)
	}
	slices.Sort(matches)
	named := literalSegments(pattern)
	found := false
	for _, match := range matches {
		if skippedByGlob(match, named) || d.r.match.ignored(match) {
			continue
		}
		if info, err := os.Stat(match); err == nil && info.IsDir() {
			continue
		}
		found = true
		d.addNamed(match)
	}
	if !found {
		d.addProblem(pattern, "no files match this pattern")
	}
	return nil
}

// literalSegments returns the path segments of pattern that hold no glob
// metacharacter.
func literalSegments(pattern string) map[string]bool {
	named := map[string]bool{}
	for _, segment := range strings.Split(filepath.ToSlash(pattern), "/") {
		if !hasGlobMeta(segment) {
			named[segment] = true
		}
	}
	return named
}

// skippedByGlob reports whether match lies in a directory that walks skip
// (node_modules, vendor) and that the pattern does not name.
func skippedByGlob(match string, named map[string]bool) bool {
	dirs := strings.Split(filepath.ToSlash(filepath.Dir(match)), "/")
	for _, dir := range dirs {
		if skippedDir(dir) && !named[dir] {
			return true
		}
	}
	return false
}

// skippedDir reports whether a walk skips the directory called name.
func skippedDir(name string) bool {
	return name == "node_modules" || name == "vendor" || isHidden(name)
}

// isHidden reports whether name is a dot file or directory.
func isHidden(name string) bool {
	return len(name) > 1 && name[0] == '.' && name != ".."
}

// isMarkdown reports whether name has a Markdown extension.
func isMarkdown(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".md" || ext == ".markdown"
}
