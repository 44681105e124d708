using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace Qyzmet.PaymentGateway;

/// <summary>The bank's payment page the applicant is redirected to: amount, purpose, card number, pay or cancel (kk/ru/en).</summary>
internal static class PayPage
{
    private static readonly Dictionary<string, (string Kk, string Ru, string En)> Texts = new()
    {
        ["Title"] = ("Төлем шлюзі (симуляция)", "Платёжный шлюз (симуляция)", "Payment gateway (simulation)"),
        ["Amount"] = ("Сома", "Сумма", "Amount"),
        ["Purpose"] = ("Төлем мақсаты", "Назначение платежа", "Purpose"),
        ["PayBefore"] = ("Төлеу мерзімі (Алматы уақыты)", "Оплатить до (время Алматы)", "Pay before (Almaty time)"),
        ["Card"] = ("Карта нөмірі", "Номер карты", "Card number"),
        ["Hint"] = ("Кез келген 16 цифр; 4000 0000 0000 0002 әрқашан қабылданбайды.", "Любые 16 цифр; 4000 0000 0000 0002 всегда отклоняется.",
            "Any 16 digits; 4000 0000 0000 0002 is always declined."),
        ["Pay"] = ("Төлеу", "Оплатить", "Pay"),
        ["Cancel"] = ("Бас тарту және қайту", "Отменить и вернуться", "Cancel and go back"),
        ["Back"] = ("Қызметке қайту", "Вернуться к услуге", "Back to the service"),
        ["CardInvalid"] = ("Карта нөмірі 16 цифрдан тұруы керек.", "Номер карты должен состоять из 16 цифр.", "The card number must be 16 digits."),
        ["Status.success"] = ("Төлем өтті.", "Платёж прошёл.", "The payment went through."),
        ["Status.failed"] = ("Төлем өтпеді: банк картаны қабылдамады. Ақша есептен шешілген жоқ.", "Платёж не прошёл: банк отклонил карту. Деньги не списаны.",
            "The payment did not go through: the bank declined the card. No money was taken."),
        ["Status.cancelled"] = ("Төлемнен бас тартылды.", "Платёж отменён.", "The payment was cancelled."),
        ["Status.expired"] = ("Төлем мерзімі өтті.", "Срок оплаты истёк.", "The time to pay has passed."),
    };

    public static string Language(string? requested, HttpContext http)
    {
        if (requested is "kk" or "ru" or "en")
        {
            return requested;
        }

        var accept = http.Request.Headers.AcceptLanguage.ToString();
        return accept.StartsWith("kk", StringComparison.OrdinalIgnoreCase) ? "kk" : accept.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ru";
    }

    public static string Text(string key, string lang)
    {
        var t = Texts[key];
        return lang switch { "kk" => t.Kk, "en" => t.En, _ => t.Ru };
    }

    public static string Render(GatewayPayment p, string lang, string? error)
    {
        var h = HtmlEncoder.Default;
        string T(string key) => h.Encode(Text(key, lang));
        var amount = (p.Amount / 100m).ToString("#,##0.00", new NumberFormatInfo { NumberGroupSeparator = " ", NumberDecimalSeparator = "," }) + " ₸";
        // Almaty is UTC+5 all year (no daylight saving since 2024).
        var payBefore = p.ExpiresAt.ToOffset(TimeSpan.FromHours(5)).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
        var body = p.Finished
            ? $"""
               <p id="status" class="status-{p.Status}">{T("Status." + p.Status)}</p>
               <p><a class="button" href="{h.Encode(p.ReturnUrl)}">{T("Back")}</a></p>
               """
            : $"""
               {(error is null ? "" : $"<p role=\"alert\" class=\"error\">{h.Encode(error)}</p>")}
               <form method="post">
                 <input type="hidden" name="lang" value="{lang}" />
                 <label for="card">{T("Card")}</label>
                 <p class="hint">{T("Hint")}</p>
                 <input id="card" name="card" inputmode="numeric" autocomplete="cc-number" maxlength="23" />
                 <p><button type="submit" name="action" value="pay" id="pay">{T("Pay")}</button>
                 <button type="submit" name="action" value="cancel" id="cancel" class="secondary">{T("Cancel")}</button></p>
               </form>
               """;
        return $"""
            <!DOCTYPE html>
            <html lang="{lang}">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{T("Title")}</title>
            <style>
              body {"{"} font-family: system-ui, sans-serif; max-width: 32rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; {"}"}
              header {"{"} background: #0b3d66; color: #fff; padding: .75rem 1rem; border-radius: .25rem; {"}"}
              dl {"{"} display: grid; grid-template-columns: auto 1fr; gap: .25rem 1rem; {"}"} dt {"{"} color: #555; {"}"}
              input {"{"} font-size: 1.2rem; padding: .4rem; width: 100%; box-sizing: border-box; {"}"}
              button, .button {"{"} font-size: 1rem; padding: .5rem 1rem; background: #00703c; color: #fff; border: 0; border-radius: .25rem; text-decoration: none; cursor: pointer; {"}"}
              button.secondary {"{"} background: #6b6b6b; {"}"} .error {"{"} color: #b10e1e; {"}"} .hint {"{"} color: #555; font-size: .9rem; {"}"}
            </style></head>
            <body>
            <header><strong>{T("Title")}</strong></header>
            <dl>
              <dt>{T("Amount")}</dt><dd><strong id="amount">{h.Encode(amount)}</strong></dd>
              <dt>{T("Purpose")}</dt><dd>{h.Encode(p.Description)}</dd>
              <dt>{T("PayBefore")}</dt><dd>{payBefore}</dd>
            </dl>
            {body}
            </body></html>
            """;
    }
}
