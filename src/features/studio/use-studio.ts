"use client";

import { useMemo } from "react";
import { formatMoney, formatMoneyCompact, type Money } from "@/lib/format";
import { api } from "@/trpc/react";

/** The operator's profile (prefetched by the studio layout) and money formatting in their currency. */
export function useStudio() {
  const [profile] = api.operators.me.useSuspenseQuery();
  const money: Money = useMemo(
    () => ({ currency: profile.currency, locale: profile.locale }),
    [profile],
  );
  const formatPrice = useMemo(
    () => (minorUnits: number) => formatMoney(minorUnits, money),
    [money],
  );
  const formatPriceCompact = useMemo(
    () => (minorUnits: number) => formatMoneyCompact(minorUnits, money),
    [money],
  );
  return { profile, money, formatPrice, formatPriceCompact, locale: profile.locale };
}
