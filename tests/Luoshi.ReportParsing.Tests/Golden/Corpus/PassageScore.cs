using Luoshi.ReportParsing.Drafts;

namespace Luoshi.ReportParsing.Tests.Golden.Corpus;

/// <summary>How the parser did on one passage: each label paired with at most one target.</summary>
/// <remarks>A label is found when a target whose text holds its anchor reads the same value, upper bound,
/// comparator and unit. A target that holds a label's anchor but reads it wrong is a misread: the label counts as
/// missed, the target not as false. Any other target is false: it promises something the labeller did not see.</remarks>
internal sealed record PassageScore(
    CorpusPassage Passage, int Labelled, int Found, int KindRight, int SubjectRight,
    IReadOnlyList<LabelledTarget> Missed, IReadOnlyList<TargetDraft> Misread, IReadOnlyList<TargetDraft> False,
    IReadOnlyList<(LabelledTarget Label, TargetDraft Target)> SubjectWrong)
{
    public static PassageScore Of(CorpusPassage passage, IReadOnlyList<LabelledTarget> labels, IReadOnlyList<TargetDraft> targets)
    {
        var unused = targets.ToList();
        var pending = new List<LabelledTarget>();
        int found = 0, kindRight = 0, subjectRight = 0;
        var subjectWrong = new List<(LabelledTarget, TargetDraft)>();
        foreach (var label in labels)
        {
            var match = unused.FirstOrDefault(t => Holds(t, label) && ReadsAs(t, label));
            if (match is null)
            {
                pending.Add(label);
                continue;
            }

            unused.Remove(match);
            found++;
            kindRight += match.Kind == label.Kind ? 1 : 0;
            if (match.Subject.Contains(label.SubjectHas, StringComparison.Ordinal))
            {
                subjectRight++;
            }
            else
            {
                subjectWrong.Add((label, match));
            }
        }

        var misread = new List<TargetDraft>();
        foreach (var label in pending)
        {
            if (unused.FirstOrDefault(t => Holds(t, label)) is { } wrong)
            {
                unused.Remove(wrong);
                misread.Add(wrong);
            }
        }

        return new PassageScore(passage, labels.Count, found, kindRight, subjectRight, pending, misread, unused, subjectWrong);
    }

    private static bool Holds(TargetDraft target, LabelledTarget label) => target.Text.Contains(label.Anchor, StringComparison.Ordinal);

    private static bool ReadsAs(TargetDraft target, LabelledTarget label) =>
        target.Comparator == label.Comparator && target.Value == label.Value && target.Upper == label.Upper
        && target.Unit == label.Unit;
}
