// The generator once kept mirrors of the runtime's enums under these names; it now compiles the runtime's own
// (src/Privacy.Policy/Vocabulary, linked in the project). The aliases keep the names the parser, the emitter and the
// analyzers use while those are being split (issue 13, items 3 and 4), so the change merges; rename them afterwards.
global using CategoryValue = Privacy.Policy.Generators.Vocabulary.Category;
global using DataFormatValue = Privacy.Policy.Generators.Vocabulary.DataFormat;
global using PurposeValue = Privacy.Policy.Generators.Vocabulary.Purpose;
global using RedactionKindValue = Privacy.Policy.Generators.Vocabulary.RedactionKind;
global using RetentionStartValue = Privacy.Policy.Generators.Vocabulary.RetentionStart;
