// Documents for the validation benchmark, built to the schemas' rules (a check refuses to time an invalid one
// where a valid one is meant): a TelecomX region with N outbound voice prices, an SFT destination group with N
// operators, and a large destination group text with a known number of mistakes.

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A distinct, well-formed TADIG code per index below 26³ (three letters from the index, then two digits). */
export function tadigCode(index: number): string {
  const letters = [Math.floor(index / 676) % 26, Math.floor(index / 26) % 26, index % 26].map((digit) => LETTERS[digit]).join('');
  return `${letters}${String(index % 100).padStart(2, '0')}`;
}

/** 24 hexadecimal digits, distinct per index: a TelecomX object id. */
export function objectId(index: number): string {
  return `65c3a0${index.toString(16).padStart(18, '0')}`;
}

const price = (base: number, variant: number) => Math.round((base + variant * 0.001) * 1000) / 1000;

export function regionDocument(outboundCount: number, variant: number): unknown {
  return {
    names: [{ language: 'dan', text: `Benchmarkregion ${variant}` }, { language: 'eng', text: `Benchmark region ${variant}` }],
    network: variant % 2 === 0 ? 'TELENOR' : 'TDC',
    homeland: false,
    roamLikeHome: false,
    notes: 'Built by the benchmark',
    sms: { cost: price(0.05, variant), wholesale: price(0.06, variant), price: price(0.07, variant) },
    data: { cost: price(0.078, variant), wholesale: price(0.082, variant), price: price(0.09, variant) },
    voice: {
      inbound: {
        connectionFeeCost: 0.1, connectionFeeWholesale: 0.2, connectionFee: 0.25,
        rateCost: price(0.1, variant), rateWholesale: price(0.15, variant), rate: price(0.18, variant),
      },
      outbound: Array.from({ length: outboundCount }, (_, index) => ({
        _id: objectId(index + 1),
        connectionFeeCost: 0.15, connectionFeeWholesale: 0.19, connectionFee: 0.21,
        rateCost: price(0.1, index), rateWholesale: price(0.15, index), rate: price(0.18, index + variant),
      })),
    },
  };
}

export function destinationGroupDocument(operatorCount: number, variant: number, badEvery = 0): { destinationGroupName: string; tadigCodeList: Array<{ tadigCode: string; categoryGroupId: string }> } {
  return {
    destinationGroupName: `Benchmark group ${variant}`,
    tadigCodeList: Array.from({ length: operatorCount }, (_, index) => ({
      // A digit in the country part is a pattern mistake the schema reports at /tadigCodeList/<index>/tadigCode.
      tadigCode: badEvery > 0 && index % badEvery === badEvery - 1 ? `9${tadigCode(index + variant).slice(1)}` : tadigCode(index + variant),
      categoryGroupId: index % 2 === 0 ? '12' : '14',
    })),
  };
}

/** A destination group document as the editor holds it (2-space JSON), at least `minimumChars` long. */
export function largeDestinationGroupText(minimumChars: number, badEvery: number): { text: string; operators: number; mistakes: number } {
  const format = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;
  const charsPerOperator = format(destinationGroupDocument(100, 0)).length / 100;
  let operators = Math.ceil(minimumChars / charsPerOperator);
  let text = format(destinationGroupDocument(operators, 0, badEvery));
  while (text.length < minimumChars) {
    operators += Math.ceil((minimumChars - text.length) / charsPerOperator) + 1;
    text = format(destinationGroupDocument(operators, 0, badEvery));
  }
  return { text, operators, mistakes: Math.floor(operators / badEvery) };
}
