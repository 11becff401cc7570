"use client";

import { useMemo } from "react";
import { useLocale } from "use-intl";
import { formatMoney, formatMoneyCompact, type Money } from "@/lib/format";
import { api } from "@/trpc/react";

/**
 * The operator's profile (prefetched by the studio layout), the page's locale
 * (src/i18n) and money formatting in the studio's currency.
 */
export function useStudio() {
  const [profile] = api.operators.me.useSuspenseQuery();
  const locale = useLocale();
  const money: Money = useMemo(
    () => ({ currency: profile.currency, locale }),
    [profile.currency, locale],
  );
  const formatPrice = useMemo(
    () => (minorUnits: number) => formatMoney(minorUnits, money),
    [money],
  );
  const formatPriceCompact = useMemo(
    () => (minorUnits: number) => formatMoneyCompact(minorUnits, money),
    [money],
  );
  return { profile, money, formatPrice, formatPriceCompact, locale };
}
