using System.Net;
using Luoshi.Web.Access;
using Luoshi.Web.Hosting;

namespace Luoshi.Web.Tests.Security;

/// <summary>The per-address budgets with the numbers the product ships (docs/web.md): a 300-person office behind one
/// NAT address signs in within one minute, a guesser from one address gets 60 failures a minute.</summary>
public sealed class SignInThrottleTests
{
    private static readonly IPAddress Nat = IPAddress.Parse("10.20.30.40");

    [Fact]
    public void TryAttempt_ThreeHundredColleaguesBehindOneAddress_AllLetInAndTheNextWaits()
    {
        using var throttle = new SignInThrottle(new WebSettings());

        var admitted = Enumerable.Range(0, 300).Count(_ => throttle.TryAttempt(Nat));

        Assert.Equal(300, admitted);
        Assert.False(throttle.TryAttempt(Nat));
        Assert.True(throttle.TryAttempt(IPAddress.Parse("10.20.30.41")));
    }

    [Fact]
    public void TryAttempt_SixtyFailuresFromOneAddress_TheSixtyFirstAttemptWaits()
    {
        using var throttle = new SignInThrottle(new WebSettings());
        for (var i = 0; i < 59; i++)
        {
            Assert.True(throttle.TryAttempt(Nat));
            throttle.Failed(Nat);
        }

        Assert.True(throttle.TryAttempt(Nat));
        throttle.Failed(Nat);

        Assert.False(throttle.TryAttempt(Nat));
    }

    [Fact]
    public void TryAttempt_AnOfficesTypingMistakes_OneInFiveOfThreeHundredStillAllLetIn()
    {
        using var throttle = new SignInThrottle(new WebSettings());

        var admitted = 0;
        for (var i = 0; i < 300; i++)
        {
            admitted += throttle.TryAttempt(Nat) ? 1 : 0;
            if (i % 5 == 4)
            {
                throttle.Failed(Nat);
            }
        }

        Assert.Equal(300, admitted);
    }
}
