using Luoshi.Documents.Excel;
using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Wording;

namespace Luoshi.Documents.Ledger;

/// <summary>A status as a ledger cell shows it: the catalogue's words and the cell style of its light.</summary>
internal static class StatusCells
{
    // The workbook is an office document in Chinese, whoever exports it.
    public static string Words(TargetStatus status) => Catalogue.Status.Name(status).Zh;

    public static CellStyle Light(TargetStatus status) => StatusLights.Of(status) switch
    {
        Domain.Evaluation.Light.Green => CellStyle.Green,
        Domain.Evaluation.Light.Yellow => CellStyle.Yellow,
        _ => CellStyle.Red,
    };
}
