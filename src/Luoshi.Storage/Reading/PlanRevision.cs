namespace Luoshi.Storage.Reading;

/// <summary>plans.revision: a number the database itself redraws (triggers of migration ReadingRevisions) whenever the
/// plan row or any of its sections, tasks or targets is inserted, changed or deleted — by any code path, on any
/// instance. A reader that kept a plan's structure knows it current while the number stays the same.</summary>
/// <remarks>Random rather than counted: a plan deleted and another stored under the same id must not meet its
/// predecessor's number by counting the same number of edits.</remarks>
internal static class PlanRevision
{
    /// <summary>The shadow property on <see cref="Domain.Plans.Plan"/> (column <c>revision</c>); no code writes it.</summary>
    public const string Property = "Revision";

    /// <summary>The PostgreSQL trigger functions migration ReadingRevisions creates (a restore drops them with the
    /// tables, so the archive's own definitions come back).</summary>
    public static IReadOnlyList<string> PostgresFunctions { get; } = ["plans_revise", "plan_parts_revised", "plan_targets_revised"];
}
