using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Qyzmet.Kernel.Text;

namespace Qyzmet.Portal;

public static class Language
{
    public const string CookieName = "qyzmet-lang";

    /// <summary>The caller's language: kk, ru or en (set by the request-localization middleware).</summary>
    public static string Current => LocalizedText.Normalize(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>
    /// ?lang=, then the language cookie, then Accept-Language; with none of them the API answers in English
    /// and the portal pages in Kazakh, the state language.
    /// </summary>
    public static RequestLocalizationOptions Options()
    {
        // The bare codes too, so that ?lang=kk and ?lang=ru (what the language switch links use) are accepted.
        string[] cultures = ["kk-KZ", "ru-RU", "en", "kk", "ru"];
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture("en")
            .AddSupportedCultures(cultures)
            .AddSupportedUICultures(cultures);
        options.FallBackToParentCultures = true;
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
            new CookieRequestCultureProvider { CookieName = CookieName },
            new AcceptLanguageHeaderRequestCultureProvider(),
            new CustomRequestCultureProvider(ctx => Task.FromResult<ProviderCultureResult?>(
                ctx.Request.Path.StartsWithSegments("/api") ? null : new ProviderCultureResult("kk-KZ"))),
        ];
        return options;
    }
}
