using Luoshi.Domain.Access;
using Luoshi.Domain.Households;

namespace Luoshi.Domain.Tests.Households;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("440784198001011232", "440784********1232")]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("12345", "*****")]
    public void MaskIdentityNumber_KeepsAddressCodeAndLastFour(string number, string masked) =>
        Assert.Equal(masked, PersonalData.MaskIdentityNumber(number));

    [Theory]
    [InlineData("张三明", "张*明")]
    [InlineData("李四", "李*")]
    [InlineData("欧阳小明", "欧**明")]
    [InlineData("王", "*")]
    [InlineData("", "")]
    public void MaskName_KeepsFirstAndLastCharacter(string name, string masked) => Assert.Equal(masked, PersonalData.MaskName(name));

    [Theory]
    [InlineData(AccountRole.Office, true, true)]
    [InlineData(AccountRole.Administrator, true, true)]
    [InlineData(AccountRole.UnitReporter, true, false)]
    [InlineData(AccountRole.Leader, false, false)]
    public void ForDetail_ByRole(AccountRole role, bool names, bool numbers)
    {
        var shown = Disclosure.ForDetail(role);

        Assert.Equal((names, numbers), (shown.Names, shown.IdentityNumbers));
        Assert.Equal(names ? "张三明" : "张*明", shown.Name("张三明"));
        Assert.Equal(numbers ? "440784198001011232" : "440784********1232", shown.IdentityNumber("440784198001011232"));
    }
}
