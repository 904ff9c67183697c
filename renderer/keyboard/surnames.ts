/**
 * The hundred commonest surnames, commonest first: the 2020 "百家姓" ranking by registered population
 * (公安部户政管理研究中心《二〇二〇年全国姓名报告》, February 2021), copied by hand from the report's
 * table as republished online. 王李张刘陈 alone are 30.8 % of residents.
 */
export const commonSurnames = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高',
  ...'郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余',
  ...'于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖',
  ...'石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷',
  ...'龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常',
];
