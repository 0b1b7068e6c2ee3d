package benchcorpus

// DefaultDefectEvery is the default share of defective documents: one in
// ten.
const DefaultDefectEvery = 10

// Size bounds of a generated document, in bytes.
const (
	// MinSize is the smallest document the generator writes.
	MinSize = 15_000
	// MaxSize is the largest document the generator writes.
	MaxSize = 30_000
)

// target sizes are drawn between these bounds, leaving room on both sides of
// MinSize and MaxSize for the last block added.
const (
	minTargetSize = 17_000
	maxTargetSize = 27_000
)

// Options choose which corpus is generated.
type Options struct {
	// Seed selects the corpus; the same seed gives the same documents.
	Seed uint64
	// DefectEvery makes one document in every DefectEvery documents carry
	// planted defects; zero or less means DefaultDefectEvery, and 1 makes
	// every document defective.
	DefectEvery int
}

func (o Options) defectEvery() int {
	if o.DefectEvery <= 0 {
		return DefaultDefectEvery
	}
	return o.DefectEvery
}
