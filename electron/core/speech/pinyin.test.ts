import { describe, expect, test } from 'vitest';
import { toneNumberedPinyin } from './pinyin.ts';
import { normalisedReading } from './pinyin.ts';
import { shippedPinyinOverrides } from './pinyin-overrides.ts';

const say = (text: string) => toneNumberedPinyin(text, shippedPinyinOverrides);
const sayDigits = (text: string) => toneNumberedPinyin(text, shippedPinyinOverrides, { digitByDigit: true });

describe('toneNumberedPinyin', () => {
  test.each([
    ['重听', 'chong2 ting1'],
    ['银行', 'yin2 hang2'],
    ['行走', 'xing2 zou3'],
    ['长大', 'zhang3 da4'],
    ['长期', 'chang2 qi1'],
    ['重要', 'zhong4 yao4'],
    ['重新', 'chong2 xin1'],
    ['还有', 'hai2 you3'],
    ['处理', 'chu3 li3'],
  ])('reads the polyphonic word %s as %s', (text, reading) => {
    expect(say(text)).toBe(reading);
  });

  test('honours every entry of the shipped override list, and overrides win over the dictionary', () => {
    for (const [word, reading] of Object.entries(shippedPinyinOverrides)) expect(say(word), word).toBe(normalisedReading(reading));
    expect(toneNumberedPinyin('去银行', { 银行: 'yin2 xing2' })).toBe('qu4 yin2 xing2');
    expect(say('请点重听再听一遍')).toMatch(/^qing3 dian3 chong2 ting1 /);
  });

  test('applies the tone changes of 一 and 不, writes ü as v and the neutral tone as 5', () => {
    expect(say('一个人不是')).toBe('yi2 ge4 ren2 bu2 shi4');
    expect(say('女儿的绿色')).toBe('nv3 er2 de5 lv4 se4');
    expect(normalisedReading('nü3  er2')).toBe('nv3 er2');
  });

  test('turns punctuation into pauses and full stops', () => {
    expect(say('取号排队，请稍等。')).toBe('qu3 hao4 pai2 dui4, qing3 shao1 deng3.');
    expect(say('看得清/听得见')).toBe('kan4 de5 qing1, ting1 de5 jian4');
    expect(say('请点“呼叫工作人员”。')).toBe('qing3 dian3, hu1 jiao4 gong1 zuo4 ren2 yuan2.');
    expect(say('您还在吗？')).toBe('nin2 hai2 zai4 ma5.');
    expect(say('。，——')).toBe('');
  });

  test('says amounts as numbers, with 两 before a measure word', () => {
    expect(say('约 15 分钟')).toBe('yue1 shi2 wu3 fen1 zhong1');
    expect(say('第2项，共2项')).toBe('di4 er4 xiang4, gong4 liang3 xiang4');
    expect(say('前面还有 105 人')).toBe('qian2 mian4 hai2 you3 yi4 bai3 ling2 wu3 ren2');
    expect(say('8:30 开门')).toBe('ba1 dian3 san1 shi2 fen1 kai1 men2');
    expect(say('音量 50%')).toBe('yin1 liang4 bai3 fen1 zhi1 wu3 shi2');
    expect(say('1.5 倍')).toBe('yi4 dian3 wu3 bei4');
  });

  test('reads ticket numbers, years and long numbers one digit at a time', () => {
    expect(say('A012')).toBe('A ling2 yi1 er4');
    expect(say('请 A012 号到窗口')).toBe('qing3 A ling2 yi1 er4 hao4 dao4 chuang1 kou3');
    expect(say('2026年')).toBe('er4 ling2 er4 liu4 nian2');
    expect(say('热线12345')).toBe('re4 xian4 yi1 er4 san1 si4 wu3');
  });

  test('with digitByDigit, reads reference numbers digit by digit but keeps waiting times as amounts', () => {
    expect(sayDigits('参考号 2026-0315，约 15 分钟')).toBe('can1 kao3 hao4 er4 ling2 er4 liu4, ling2 san1 yi1 wu3, yue1 shi2 wu3 fen1 zhong1');
    expect(sayDigits('您的号码是 A012，前面还有 3 人。')).toBe('nin2 de5 hao4 ma3 shi4 A ling2 yi1 er4, qian2 mian4 hai2 you3 san1 ren2.');
    expect(sayDigits('编号 110')).toBe('bian1 hao4 yi1 yi1 ling2');
    expect(say('编号 110')).toBe('bian1 hao4 yi4 bai3 yi1 shi2');
  });

  test('spells Latin letters, and keeps a Latin word whole only when the override list says so', () => {
    expect(say('F1：按键说明')).toBe('F yi1, an4 jian4 shuo1 ming2');
    expect(say('改成 seeds 文件夹')).toBe('gai3 cheng2 S E E D S wen2 jian4 jia2');
    expect(say('查阅 www.gov.cn')).toBe('cha2 yue4 W W W dian3 G O V dian3 C N');
    expect(say('切换到English')).toBe('qie4 huan4 dao4 English');
    expect(toneNumberedPinyin('切换到English', {})).toBe('qie4 huan4 dao4 E N G L I S H');
    expect(say('Englishman')).toBe('E N G L I S H M A N');
  });
});
