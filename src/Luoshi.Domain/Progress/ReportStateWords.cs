using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Progress;

/// <summary>The states a progress file may load reports in, by the words it may use: submitted unless it says
/// otherwise (rows come from units' spreadsheets); draft; or approved, for history the office loads.</summary>
public static class ReportStateWords
{
    /// <summary>What a state cell may hold.</summary>
    public static Words Expected { get; } = new("草稿、已报送或已审核（draft, submitted, approved）", "draft, submitted or approved");

    /// <summary>The state <paramref name="text"/> names (empty is submitted), or null.</summary>
    public static ReportState? Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.IsEmpty || text.Equals("submitted", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("已报送") || text.SequenceEqual("报送")
            ? ReportState.Submitted
            : text.Equals("draft", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("草稿") ? ReportState.Draft
            : text.Equals("approved", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("已审核") || text.SequenceEqual("审核通过") ? ReportState.Approved
            : null;
    }
}
