using Luoshi.Domain.Villages;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Villages.Files;

namespace Luoshi.Storage.Villages.Assessments;

/// <summary>One row of an assessment file: a village's result on one criterion of the standard in one year.</summary>
internal sealed record AssessmentLine(RegisterRow Row, int VillageId, string VillageCode, int Year, CriterionResult Result, DateOnly? AssessedOn)
{
    public const int Village = 0, YearColumn = 1, Criterion = 2, ResultColumn = 3, Evidence = 4, Date = 5;

    public static readonly RegisterColumn[] Columns =
    [
        new("village", "村"),
        new("year", "年度"),
        new("criterion", "条目"),
        new("result", "结果"),
        new("evidence", "佐证", Required: false),
        new("assessed_on", "评定日期", Required: false),
    ];

    public static AssessmentLine? Read(
        RegisterRow row, bool workbook, VillageLookup villages, Dictionary<string, AssessmentCriterion> criteria, RegisterProblems problems)
    {
        var c = row.Cells;
        var ok = true;
        var village = villages.Find(c[Village]);
        if (village is null)
        {
            ok = Fail(problems, row, Village, Catalogue.Villages.UnknownVillage(c[Village]));
        }

        var year = FieldText.Year(c[YearColumn]);
        if (year is null)
        {
            ok = Fail(problems, row, YearColumn, Catalogue.Files.ExpectedFound(Catalogue.Villages.AssessedYear, c[YearColumn]));
        }

        DateOnly? day = null;
        if (c[Date].Length > 0 && (day = FieldText.Day(c[Date], workbook)) is null)
        {
            ok = Fail(problems, row, Date, Catalogue.Villages.EffectiveDate(c[Date]));
        }

        if (!criteria.TryGetValue(c[Criterion], out var criterion))
        {
            return Refuse<AssessmentLine>(problems, row, Criterion, Catalogue.Villages.UnknownCriterion(c[Criterion], criteria.Keys));
        }

        var result = ReadResult(row, criterion, problems);
        return ok && result is not null ? new AssessmentLine(row, village!.Value.Id, village.Value.Code, year!.Value, result, day) : null;
    }

    private static CriterionResult? ReadResult(RegisterRow row, AssessmentCriterion criterion, RegisterProblems problems)
    {
        var text = row.Cells[ResultColumn];
        var evidence = row.Cells[Evidence].Length == 0 ? null : row.Cells[Evidence];
        CriterionResult result;
        if (criterion.Kind == CriterionKind.PassFail)
        {
            if (FieldText.Passed(text) is not { } passed)
            {
                return Refuse<CriterionResult>(problems, row, ResultColumn, Catalogue.Villages.PassOrFail(criterion.Code, text));
            }

            result = new CriterionResult(criterion.Code, passed, null, evidence);
        }
        else
        {
            if (FieldText.Number(text) is not { } score || score < 0 || score > criterion.Weight)
            {
                return Refuse<CriterionResult>(problems, row, ResultColumn, Catalogue.Villages.ScoreRange(criterion.Code, StandardPoints(criterion), text));
            }

            result = new CriterionResult(criterion.Code, null, score, evidence);
        }

        // Evidence backs what is claimed: a met or scored criterion; a failed one needs none.
        if (criterion.EvidenceRequired && evidence is null && (result.Passed == true || result.Score > 0))
        {
            return Refuse<CriterionResult>(problems, row, Evidence, Catalogue.Villages.NeedsEvidence(criterion.Code));
        }

        return result;
    }

    private static string StandardPoints(AssessmentCriterion c) => Standards.StandardFile.Points(c.Weight);

    private static T? Refuse<T>(RegisterProblems problems, RegisterRow row, int column, Words message)
        where T : class
    {
        problems.Add(row, column, message);
        return null;
    }

    private static bool Fail(RegisterProblems problems, RegisterRow row, int column, Words message)
    {
        problems.Add(row, column, message);
        return false;
    }
}
