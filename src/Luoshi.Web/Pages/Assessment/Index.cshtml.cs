using Luoshi.Domain.Assessment;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Mvc;

namespace Luoshi.Web.Pages.Assessment;

/// <summary>考核: the year's ranking by the score that counts (confirmed after self-assessment, else the scheme's), the
/// office's review queue and every unit the caller may read; a reporter sees its own unit only.</summary>
public sealed class IndexModel(LedgerReads reads, LedgerClock clock) : PlanPage(reads, clock)
{
    /// <summary>The year's assessment.</summary>
    public AssessmentBoard? Board { get; private set; }

    /// <summary>The ranking rows the caller may read.</summary>
    public IReadOnlyList<UnitScore> Ranking { get; private set; } = [];

    /// <summary>Shows the ranking.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadPlanAsync() || await Reads.AssessmentAsync(Plan!.Id, HttpContext.RequestAborted) is not { } board)
        {
            return NotFound();
        }

        Board = board;
        Ranking = [.. board.Ranking.Where(s => User.ReadsAll() || s.Unit == User.UnitName())];
        return Page();
    }
}
