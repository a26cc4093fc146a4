using Luoshi.Domain.Wording;
using Luoshi.Intake.Problems;

namespace Luoshi.Intake.Tests.Registers;

public sealed class ProblemListTests
{
    [Fact]
    public void ToList_MoreThanAHundred_FirstHundredThenHowManyMore()
    {
        var problems = new ProblemList("p.csv");
        for (var line = 2; line < 252; line++)
        {
            problems.Add(new Place("p.csv", Line: line, Column: "value"), new Words("错", "wrong"));
        }

        var list = problems.ToList();

        Assert.Equal(250, problems.Count);
        Assert.Equal(101, list.Count);
        Assert.Equal("p.csv, line 101, column value", list[99].Place!.ToWords().En);
        Assert.Equal(("……另有 150 处错误未列出；未保存任何内容", "… and 150 more error(s) not listed; nothing was stored"), (list[^1].Message.Zh, list[^1].Message.En));
    }
}
