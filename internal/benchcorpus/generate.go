package benchcorpus

import (
	"fmt"
	"math/rand/v2"
)

// Document is one generated ADD.
type Document struct {
	// Path is the slash-separated path of the file inside the corpus
	// directory, e.g. "team-03/00342-cobalt-ledger.md".
	Path string
	// Content is the Markdown text.
	Content []byte
	// Defects lists the mistakes planted in the document; empty for a clean
	// one.
	Defects []Defect
}

// defectSalt separates the random stream that places defective documents
// from the streams that write documents.
const defectSalt = 0x9e3779b97f4a7c15

// Generate returns document number index (0-based) of the corpus opts
// selects. A negative index is treated as 0. The result depends only on
// opts and index.
func Generate(opts Options, index int) Document {
	index = max(index, 0)
	r := rand.New(rand.NewPCG(opts.Seed, uint64(index))) //nolint:gosec // index is not negative here.
	s := newSystem(r)
	var p plan
	var defects []Defect
	if defective(opts, index) {
		p, defects = plantDefects(r)
	}
	target := minTargetSize + r.IntN(maxTargetSize-minTargetSize+1)
	return Document{
		Path:    fmt.Sprintf("team-%02d/%05d-%s.md", index/100, index, slug(s.name)),
		Content: render(s, p, r, target),
		Defects: defects,
	}
}

// generateWith returns document index with exactly the given defects, for
// tests that check each kind on its own.
func generateWith(opts Options, index int, kinds []defectKind) Document {
	r := rand.New(rand.NewPCG(opts.Seed, uint64(max(index, 0)))) //nolint:gosec // not negative.
	s := newSystem(r)
	p, defects := planFor(kinds, r)
	target := minTargetSize + r.IntN(maxTargetSize-minTargetSize+1)
	return Document{Path: fmt.Sprintf("%05d-%s.md", index, slug(s.name)), Content: render(s, p, r, target), Defects: defects}
}

// defective reports whether document index carries planted defects: exactly
// one document in each run of DefectEvery consecutive indexes does, at a
// position drawn from the seed.
func defective(opts Options, index int) bool {
	every := opts.defectEvery()
	block := uint64(index / every) //nolint:gosec // index is not negative here.
	r := rand.New(rand.NewPCG(opts.Seed^defectSalt, block))
	return index%every == r.IntN(every)
}
