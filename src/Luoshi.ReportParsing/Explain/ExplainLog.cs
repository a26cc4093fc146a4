using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;

namespace Luoshi.ReportParsing.Explain;

/// <summary>Collects the numbers the parser drops while it reads, with their reasons; present only when explanations
/// are asked for, so reading without them costs nothing.</summary>
internal sealed class ExplainLog(string original)
{
    private readonly List<DroppedNumber> _dropped = [];
    private readonly HashSet<int> _decided = [];
    private readonly List<(int Start, int End)> _used = [];

    /// <summary>The task whose sentence is being read.</summary>
    public string Task { get; set; } = "";

    public IReadOnlyList<DroppedNumber> Dropped => _dropped;

    /// <summary>Records the words original[start..end) of the number that starts at <paramref name="number"/> as dropped,
    /// once per number.</summary>
    public void Drop(int number, int start, int end, DropReason reason)
    {
        if (end > start && _decided.Add(number))
        {
            _dropped.Add(new DroppedNumber(Task, original[start..end], new SourceSpan(start, end - start), reason));
            _used.Add((start, end)); // the second number of 35-64岁 has the same fate
        }
    }

    /// <summary>Marks original[start..end) as read into a target.</summary>
    public void Use(int start, int end) => _used.Add((start, end));

    /// <summary>True when the number starting at <paramref name="position"/> already has a fate (a target or a reason).</summary>
    public bool Decided(int position) => _decided.Contains(position) || _used.Exists(u => position >= u.Start && position < u.End);
}
