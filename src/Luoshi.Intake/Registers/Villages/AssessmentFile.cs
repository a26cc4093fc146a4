using Luoshi.Domain.Values;
using Luoshi.Domain.Villages;
using Luoshi.Domain.Villages.Register;
using Luoshi.Domain.Villages.Standards;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Cells;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;

namespace Luoshi.Intake.Registers.Villages;

/// <summary>An assessment file: village (code or full name), year, criterion, result (pass/fail or points), and
/// optionally evidence and the day the result took effect.</summary>
public sealed class AssessmentFile(VillageNames villages, IReadOnlyDictionary<string, AssessmentCriterion> criteria, DayWindow days)
{
    /// <summary>The columns, English and Chinese.</summary>
    public static IReadOnlyList<Column> Columns { get; } =
    [
        new("village", "村"), new("year", "年度"), new("criterion", "条目"), new("result", "结果"),
        new("evidence", "佐证", Required: false), new("assessed_on", "评定日期", Required: false),
    ];

    private const int Village = 0, Year = 1, Criterion = 2, Result = 3, Evidence = 4, Date = 5;

    /// <summary>The current row as a result, or null after adding its problems.</summary>
    public AssessmentLine? Read(Table table, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        var village = villages.Find(table.Text(Village));
        if (village is null)
        {
            problems.Add(table.Place(Village), Catalogue.Villages.UnknownVillage(table.Text(Village)));
        }

        var year = YearRule.Parse(table[Year]);
        if (year is null)
        {
            problems.Add(table.Place(Year), Catalogue.Villages.NotAYear(Catalogue.Villages.YearAssessed, table.Text(Year)));
        }

        var day = OptionalDay(table, problems);
        if (!criteria.TryGetValue(table.Text(Criterion), out var criterion))
        {
            problems.Add(table.Place(Criterion), Catalogue.Standards.UnknownCriterion(table.Text(Criterion), criteria.Keys));
            return null;
        }

        var result = ReadResult(table, criterion, problems);
        return problems.Count == before && result is not null
            ? new AssessmentLine(table.Number, village!.Value.Id, village.Value.Code, year!.Value, result, day)
            : null;
    }

    private DateOnly? OptionalDay(Table table, ProblemList problems)
    {
        if (table[Date].IsEmpty)
        {
            return null;
        }

        if (table.Day(Date) is { } day && days.Contains(day))
        {
            return day;
        }

        problems.Add(table.Place(Date), table.Day(Date) is { } outside
            ? Catalogue.Values.OutsideWindow(days, outside)
            : Catalogue.Villages.NotADay(Catalogue.Villages.AssessedDay, table.Text(Date)));
        return null;
    }

    private static CriterionResult? ReadResult(Table table, AssessmentCriterion criterion, ProblemList problems)
    {
        var text = table.Text(Result);
        var evidence = table.Line(Evidence, problems, TextRules.Note) is { Length: > 0 } e ? e : null;
        CriterionResult result;
        if (criterion.Kind == CriterionKind.PassFail)
        {
            if (YesNoText.Passed(text) is not { } passed)
            {
                problems.Add(table.Place(Result), Catalogue.Standards.NotPassFail(criterion.Code, text));
                return null;
            }

            result = new CriterionResult(criterion.Code, passed, null, evidence);
        }
        else
        {
            if (table.NumberAt(Result) is not { } score || score < 0 || score > criterion.Weight)
            {
                problems.Add(table.Place(Result), Catalogue.Standards.NotAScore(criterion.Code, StandardRules.Points(criterion.Weight), text));
                return null;
            }

            result = new CriterionResult(criterion.Code, null, score, evidence);
        }

        // Evidence backs what is claimed: a met or scored criterion; a failed one needs none.
        if (criterion.EvidenceRequired && evidence is null && (result.Passed == true || result.Score > 0))
        {
            problems.Add(table.Place(Evidence), Catalogue.Standards.NeedEvidence(criterion.Code));
            return null;
        }

        return result;
    }
}
