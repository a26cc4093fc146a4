using Luoshi.Domain.Progress;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Evaluation;

/// <summary>Which stored observations the evaluation can use: every number within the size any channel accepts
/// (<see cref="ValueRange.Largest"/>). Older or hand-edited data may hold more (1e20 people); such a value is left
/// out and reported on its target, so one impossible row cannot stop the ledger's evaluation.</summary>
internal static class UsableObservations
{
    public static ReadOnlySpan<Observation> Of(ReadOnlySpan<Observation> observations, out int unusable)
    {
        unusable = 0;
        foreach (var o in observations)
        {
            unusable += Usable(o) ? 0 : 1;
        }

        if (unusable == 0)
        {
            return observations;
        }

        var kept = new List<Observation>(observations.Length - unusable);
        foreach (var o in observations)
        {
            if (Usable(o))
            {
                kept.Add(o);
            }
        }

        return kept.ToArray();
    }

    /// <summary>The evaluation with the data problem named, at the end of its reason too.</summary>
    public static TargetEvaluation Flag(TargetEvaluation evaluation, Words problem) =>
        evaluation with { Reason = evaluation.Reason.Then(problem), DataProblem = problem };

    private static bool Usable(in Observation o) => Fits(o.Value) && Fits(o.Numerator) && Fits(o.Denominator);

    private static bool Fits(decimal? value) => value is not { } v || Math.Abs(v) <= ValueRange.Largest;
}
